import { gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';

/** One file or folder inside an archive, by its path within the archive. */
export interface ArchiveMember {
	path: string;
	type: 'dir' | 'file';
	content: Buffer;
	/** Unix seconds. */
	mtime: number;
	mode: string;
}

export type ArchiveType = 'bz2' | 'gz' | 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';

const BLOCK = 512;
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
	let crc = byte;
	for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
	return crc >>> 0;
});

function crc32(data: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function octal(value: number, width: number): string {
	return value.toString(8).padStart(width - 1, '0');
}

function tarHeader(member: ArchiveMember): Buffer {
	const header = Buffer.alloc(BLOCK);
	const name = member.type === 'dir' ? `${member.path}/` : member.path;
	const split = name.length > 100 ? name.lastIndexOf('/', name.length - 2) : -1;
	header.write(split > 0 ? name.slice(split + 1) : name, 0, 100, 'utf8');
	header.write(`${octal(parseInt(member.mode, 8), 8)}\0`, 100, 'ascii');
	header.write(`${octal(0, 8)}\0`, 108, 'ascii');
	header.write(`${octal(0, 8)}\0`, 116, 'ascii');
	header.write(`${octal(member.type === 'dir' ? 0 : member.content.length, 12)}\0`, 124, 'ascii');
	header.write(`${octal(member.mtime, 12)}\0`, 136, 'ascii');
	header.write(member.type === 'dir' ? '5' : '0', 156, 'ascii');
	header.write('ustar\0' + '00', 257, 'ascii');
	if (split > 0) header.write(name.slice(0, split), 345, 155, 'utf8');

	header.fill(' ', 148, 156);
	const sum = header.reduce((total, byte) => total + byte, 0);
	header.write(`${octal(sum, 7)}\0 `, 148, 'ascii');
	return header;
}

function tar(members: ArchiveMember[]): Buffer {
	const parts: Buffer[] = [];
	for (const member of members) {
		parts.push(tarHeader(member));
		if (member.type === 'file') {
			parts.push(member.content, Buffer.alloc((BLOCK - (member.content.length % BLOCK)) % BLOCK));
		}
	}
	parts.push(Buffer.alloc(BLOCK * 2));
	return Buffer.concat(parts);
}

function readTar(data: Buffer): ArchiveMember[] {
	const members: ArchiveMember[] = [];
	for (let offset = 0; offset + BLOCK <= data.length; ) {
		const header = data.subarray(offset, offset + BLOCK);
		if (header.every((byte) => byte === 0)) break;
		if (header.toString('ascii', 257, 262) !== 'ustar') throw new Error('not a tar archive');

		const text = (start: number, length: number) =>
			header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
		const prefix = text(345, 155);
		const path = (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100)).replace(/\/$/, '');
		const size = parseInt(text(124, 12).trim() || '0', 8);
		const type = header[156] === 0x35 ? 'dir' : 'file';
		const content = Buffer.from(data.subarray(offset + BLOCK, offset + BLOCK + size));
		members.push({
			path,
			type,
			content: type === 'dir' ? Buffer.alloc(0) : content,
			mtime: parseInt(text(136, 12).trim() || '0', 8),
			mode: text(100, 8).trim().slice(-4).padStart(4, '0'),
		});
		offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
	}
	return members;
}

function dosTime(unix: number): { time: number; date: number } {
	const when = new Date(Math.max(unix, 315532800) * 1000);
	return {
		time: (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1),
		date:
			((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate(),
	};
}

/** A zip archive with stored (uncompressed) entries and UTF-8 names. */
export function zip(members: ArchiveMember[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;

	for (const member of members) {
		const name = Buffer.from(member.type === 'dir' ? `${member.path}/` : member.path, 'utf8');
		const content = member.type === 'dir' ? Buffer.alloc(0) : member.content;
		const crc = crc32(content);
		const { time, date } = dosTime(member.mtime);

		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6);
		local.writeUInt16LE(time, 10);
		local.writeUInt16LE(date, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(content.length, 18);
		local.writeUInt32LE(content.length, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, content);

		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(0x0314, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt16LE(time, 12);
		central.writeUInt16LE(date, 14);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(content.length, 20);
		central.writeUInt32LE(content.length, 24);
		central.writeUInt16LE(name.length, 28);
		const unixType = member.type === 'dir' ? 0o040000 : 0o100000;
		central.writeUInt32LE(((unixType | parseInt(member.mode, 8)) << 16) >>> 0, 38);
		central.writeUInt32LE(offset, 42);
		centrals.push(central, name);

		offset += local.length + name.length + content.length;
	}

	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(members.length, 8);
	end.writeUInt16LE(members.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, directory, end]);
}

function readZip(data: Buffer): ArchiveMember[] {
	const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	if (end < 0) throw new Error('not a zip archive');

	const count = data.readUInt16LE(end + 10);
	const members: ArchiveMember[] = [];
	let offset = data.readUInt32LE(end + 16);
	for (let index = 0; index < count; index += 1) {
		const method = data.readUInt16LE(offset + 10);
		const size = data.readUInt32LE(offset + 20);
		const nameLength = data.readUInt16LE(offset + 28);
		const extraLength = data.readUInt16LE(offset + 30);
		const commentLength = data.readUInt16LE(offset + 32);
		const mode = (data.readUInt32LE(offset + 38) >>> 16) & 0o7777;
		const local = data.readUInt32LE(offset + 42);
		const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);

		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
		const stored = data.subarray(start, start + size);
		const isDir = name.endsWith('/');
		members.push({
			path: name.replace(/\/$/, ''),
			type: isDir ? 'dir' : 'file',
			content: isDir
				? Buffer.alloc(0)
				: method === 8
					? inflateRawSync(stored)
					: Buffer.from(stored),
			mtime: 0,
			mode: (mode || (isDir ? 0o755 : 0o644)).toString(8).padStart(4, '0'),
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return members;
}

/** The bytes of an archive of `members`, as `compress_type` asks. */
export function buildArchive(type: ArchiveType, members: ArchiveMember[]): Buffer {
	switch (type) {
		case 'zip':
			return zip(members);
		case 'tar':
			return tar(members);
		case 'tar.gz':
			return gzipSync(tar(members));
		case 'gz':
			return gzipSync(members[0]?.content ?? Buffer.alloc(0));
		default:
			// Limitation: Node has no bzip2, so .bz2 archives carry the bzip2 signature and a tar.
			return Buffer.concat([Buffer.from('BZh91AY&SY'), tar(members)]);
	}
}

/**
 * The members of an archive file, read from its bytes by its name (.zip, .tar, .tar.gz, .tgz,
 * .gz); undefined when the file is no archive this simulator can read.
 */
export function readArchive(fileName: string, data: Buffer): ArchiveMember[] | undefined {
	const name = fileName.toLowerCase();
	try {
		if (name.endsWith('.zip')) return readZip(data);
		if (name.endsWith('.tar')) return readTar(data);
		if (name.endsWith('.tar.gz') || name.endsWith('.tgz')) return readTar(gunzipSync(data));
		if (name.endsWith('.gz')) {
			const inner = fileName.slice(0, -'.gz'.length).split('/').pop() ?? fileName;
			return [{ path: inner, type: 'file', content: gunzipSync(data), mtime: 0, mode: '0644' }];
		}
	} catch {
		return undefined;
	}
	return undefined;
}
