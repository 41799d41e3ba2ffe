export interface LocationRecord {
	id: number;
	location: string;
	region: string;
	supported_site_types: number[];
}

export const LOCATIONS: LocationRecord[] = [
	{ id: 1, location: 'US - Ashburn', region: 'United States', supported_site_types: [0, 1, 2] },
	{ id: 2, location: 'US - Los Angeles', region: 'United States', supported_site_types: [0, 1, 2] },
	{ id: 3, location: 'US - Dallas', region: 'United States', supported_site_types: [0, 1] },
	{ id: 4, location: 'NL - Amsterdam', region: 'Europe', supported_site_types: [0, 1, 2] },
	{ id: 5, location: 'UK - London', region: 'Europe', supported_site_types: [0, 1] },
	{ id: 6, location: 'DE - Frankfurt', region: 'Europe', supported_site_types: [0, 1] },
	{ id: 7, location: 'SG - Singapore', region: 'Asia', supported_site_types: [0, 1] },
	{ id: 8, location: 'AU - Sydney', region: 'Oceania', supported_site_types: [0] },
];

/** Dedicated locations, only offered by GET /sites/all_locations. */
export const RESTRICTED_LOCATIONS: LocationRecord[] = [
	{
		id: 101,
		location: 'US - Ashburn (Dedicated)',
		region: 'United States',
		supported_site_types: [0],
	},
];

export function locationName(id: number): string {
	const all = [...LOCATIONS, ...RESTRICTED_LOCATIONS];
	return (all.find((location) => location.id === id) ?? LOCATIONS[0]).location;
}

export function isKnownLocation(id: number, restricted: boolean): boolean {
	return (restricted ? RESTRICTED_LOCATIONS : LOCATIONS).some((location) => location.id === id);
}

export function locationsForType(list: LocationRecord[], siteType: unknown): LocationRecord[] {
	if (typeof siteType !== 'number') return list;
	return list.filter((location) => location.supported_site_types.includes(siteType));
}
