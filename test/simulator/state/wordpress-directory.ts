/** A small, believable slice of the wordpress.org plugin and theme directories. */

export interface DirectoryPlugin {
	slug: string;
	title: string;
	/** Latest version on wordpress.org. */
	version: string;
	/** Day of the latest release, and when the plugin was added to the directory. */
	updated: string;
	added: string;
	rating: number;
	num_ratings: number;
	downloaded: number;
	active_installs: number;
	homepage: string;
	short_description: string;
}

export interface DirectoryTheme {
	slug: string;
	title: string;
	version: string;
	updated: string;
	added: string;
	featured: boolean;
	active_installs: number;
	description: string;
}

export const DIRECTORY_PLUGINS: DirectoryPlugin[] = [
	{
		slug: 'akismet',
		title: 'Akismet Anti-spam: Spam Protection',
		version: '5.3.5',
		updated: '2024-11-18',
		added: '2005-10-20',
		rating: 94,
		num_ratings: 1022,
		downloaded: 328951547,
		active_installs: 6000000,
		homepage: 'https://akismet.com/',
		short_description:
			'The best anti-spam protection to block spam comments and spam in a contact form.',
	},
	{
		slug: 'woocommerce',
		title: 'WooCommerce',
		version: '9.4.2',
		updated: '2024-11-26',
		added: '2011-09-27',
		rating: 90,
		num_ratings: 4541,
		downloaded: 215873220,
		active_installs: 7000000,
		homepage: 'https://woocommerce.com/',
		short_description: 'Everything you need to launch an online store in days.',
	},
	{
		slug: 'wordpress-seo',
		title: 'Yoast SEO',
		version: '23.9',
		updated: '2024-11-19',
		added: '2010-10-11',
		rating: 96,
		num_ratings: 27932,
		downloaded: 512366040,
		active_installs: 10000000,
		homepage: 'https://yoa.st/1uk',
		short_description: 'Improve your WordPress SEO: write better content and rank better.',
	},
	{
		slug: 'contact-form-7',
		title: 'Contact Form 7',
		version: '6.0.1',
		updated: '2024-11-30',
		added: '2007-08-02',
		rating: 80,
		num_ratings: 2133,
		downloaded: 396014527,
		active_installs: 10000000,
		homepage: 'https://contactform7.com/',
		short_description: 'Just another contact form plugin. Simple but flexible.',
	},
	{
		slug: 'classic-editor',
		title: 'Classic Editor',
		version: '1.6.7',
		updated: '2024-11-12',
		added: '2017-10-24',
		rating: 98,
		num_ratings: 1180,
		downloaded: 82630125,
		active_installs: 9000000,
		homepage: 'https://wordpress.org/plugins/classic-editor/',
		short_description: 'Enables the previous "classic" editor and the old-style Edit Post screen.',
	},
	{
		slug: 'elementor',
		title: 'Elementor Website Builder',
		version: '3.25.10',
		updated: '2024-11-25',
		added: '2016-05-31',
		rating: 92,
		num_ratings: 7012,
		downloaded: 318200045,
		active_installs: 10000000,
		homepage: 'https://elementor.com/',
		short_description: 'The Elementor Website Builder has it all: drag and drop page builder.',
	},
	{
		slug: 'wordfence',
		title: 'Wordfence Security',
		version: '8.0.1',
		updated: '2024-11-21',
		added: '2011-11-03',
		rating: 94,
		num_ratings: 4120,
		downloaded: 246521783,
		active_installs: 5000000,
		homepage: 'https://www.wordfence.com/',
		short_description: 'Firewall, malware scanner, two factor auth and security features.',
	},
	{
		slug: 'updraftplus',
		title: 'UpdraftPlus: WP Backup & Migration Plugin',
		version: '1.24.11',
		updated: '2024-11-28',
		added: '2012-05-06',
		rating: 96,
		num_ratings: 7203,
		downloaded: 131588734,
		active_installs: 3000000,
		homepage: 'https://updraftplus.com/',
		short_description: 'Back up, restore and migrate your WordPress website with UpdraftPlus.',
	},
	{
		slug: 'wp-mail-smtp',
		title: 'WP Mail SMTP by WPForms',
		version: '4.2.0',
		updated: '2024-11-14',
		added: '2007-12-20',
		rating: 96,
		num_ratings: 4302,
		downloaded: 115734001,
		active_installs: 4000000,
		homepage: 'https://wpmailsmtp.com/',
		short_description: 'Make email delivery easy for WordPress. Connect with SMTP and more.',
	},
	{
		slug: 'redirection',
		title: 'Redirection',
		version: '5.5.1',
		updated: '2024-10-02',
		added: '2007-01-06',
		rating: 90,
		num_ratings: 612,
		downloaded: 61003412,
		active_installs: 2000000,
		homepage: 'https://redirection.me/',
		short_description: 'Manage 301 redirects, track 404 errors, and improve your site.',
	},
	{
		slug: 'advanced-custom-fields',
		title: 'Advanced Custom Fields (ACF®)',
		version: '6.3.11',
		updated: '2024-11-12',
		added: '2011-05-04',
		rating: 98,
		num_ratings: 1420,
		downloaded: 168003311,
		active_installs: 2000000,
		homepage: 'https://www.advancedcustomfields.com',
		short_description: 'Customize WordPress with powerful, professional and intuitive fields.',
	},
	{
		slug: 'query-monitor',
		title: 'Query Monitor',
		version: '3.17.0',
		updated: '2024-10-30',
		added: '2012-04-03',
		rating: 98,
		num_ratings: 452,
		downloaded: 14320877,
		active_installs: 200000,
		homepage: 'https://querymonitor.com/',
		short_description: 'The developer tools panel for WordPress.',
	},
	{
		slug: 'duplicate-page',
		title: 'Duplicate Page',
		version: '4.5.4',
		updated: '2024-08-13',
		added: '2016-03-03',
		rating: 88,
		num_ratings: 302,
		downloaded: 19850211,
		active_installs: 2000000,
		homepage: 'https://wordpress.org/plugins/duplicate-page/',
		short_description: 'Duplicate posts, pages and custom posts with a single click.',
	},
	{
		slug: 'site-kit-by-google',
		title: 'Site Kit by Google',
		version: '1.140.0',
		updated: '2024-11-26',
		added: '2019-10-31',
		rating: 84,
		num_ratings: 760,
		downloaded: 71221190,
		active_installs: 5000000,
		homepage: 'https://sitekit.withgoogle.com/',
		short_description: 'Site Kit is a one-stop solution for WordPress users to use Google tools.',
	},
	{
		slug: 'fluent-smtp',
		title: 'FluentSMTP',
		version: '2.2.80',
		updated: '2024-11-20',
		added: '2021-03-09',
		rating: 98,
		num_ratings: 304,
		downloaded: 3211470,
		active_installs: 400000,
		homepage: 'https://fluentsmtp.com',
		short_description: 'The ultimate SMTP plugin for WordPress. Connect with any SMTP service.',
	},
];

export const DIRECTORY_THEMES: DirectoryTheme[] = [
	{
		slug: 'twentytwentyfive',
		title: 'Twenty Twenty-Five',
		version: '1.0',
		updated: '2024-11-12',
		added: '2024-11-12',
		featured: true,
		active_installs: 400000,
		description: 'Twenty Twenty-Five emphasizes simplicity and adaptability.',
	},
	{
		slug: 'twentytwentyfour',
		title: 'Twenty Twenty-Four',
		version: '1.3',
		updated: '2024-11-12',
		added: '2023-11-07',
		featured: true,
		active_installs: 1000000,
		description:
			'Twenty Twenty-Four is designed to be flexible, versatile and applicable to any website.',
	},
	{
		slug: 'twentytwentythree',
		title: 'Twenty Twenty-Three',
		version: '1.6',
		updated: '2024-11-12',
		added: '2022-11-01',
		featured: false,
		active_installs: 800000,
		description: 'Twenty Twenty-Three is designed to take advantage of the new design tools.',
	},
	{
		slug: 'twentytwentyone',
		title: 'Twenty Twenty-One',
		version: '2.4',
		updated: '2024-11-12',
		added: '2020-12-08',
		featured: false,
		active_installs: 700000,
		description:
			'Twenty Twenty-One is a blank canvas for your ideas and it makes the block editor your best brush.',
	},
	{
		slug: 'astra',
		title: 'Astra',
		version: '4.8.7',
		updated: '2024-11-27',
		added: '2017-05-24',
		featured: true,
		active_installs: 1000000,
		description: 'Astra is fast, fully customizable and beautiful.',
	},
	{
		slug: 'kadence',
		title: 'Kadence',
		version: '1.2.11',
		updated: '2024-11-21',
		added: '2020-05-26',
		featured: true,
		active_installs: 300000,
		description: 'Kadence Theme is a lightweight yet full featured WordPress theme.',
	},
	{
		slug: 'generatepress',
		title: 'GeneratePress',
		version: '3.5.1',
		updated: '2024-09-16',
		added: '2014-06-04',
		featured: false,
		active_installs: 600000,
		description: 'GeneratePress is a lightweight WordPress theme built with a focus on speed.',
	},
	{
		slug: 'hello-elementor',
		title: 'Hello Elementor',
		version: '3.1.1',
		updated: '2024-07-30',
		added: '2019-03-27',
		featured: false,
		active_installs: 1000000,
		description: 'Hello Elementor is a lightweight and minimalist WordPress theme.',
	},
	{
		slug: 'storefront',
		title: 'Storefront',
		version: '4.6.0',
		updated: '2024-06-18',
		added: '2016-03-07',
		featured: false,
		active_installs: 200000,
		description: 'Storefront is the perfect theme for your next WooCommerce project.',
	},
	{
		slug: 'blocksy',
		title: 'Blocksy',
		version: '2.0.78',
		updated: '2024-11-25',
		added: '2019-09-23',
		featured: true,
		active_installs: 200000,
		description: 'Blocksy is a blazing fast and lightweight WordPress theme.',
	},
];

export function directoryPlugin(slug: string): DirectoryPlugin | undefined {
	return DIRECTORY_PLUGINS.find((plugin) => plugin.slug === slug);
}

export function directoryTheme(slug: string): DirectoryTheme | undefined {
	return DIRECTORY_THEMES.find((theme) => theme.slug === slug);
}
