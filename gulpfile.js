const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	const icons = src(path.resolve('icons', '*.svg'));
	return icons.pipe(dest(path.resolve('dist', 'icons')));
}
