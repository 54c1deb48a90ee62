/** Where to find help, for the CSV feed: the help services as the strategy lists them. */
export const HELP_SERVICES_FEED_QUERY = `query HelpServicesFeed($after: String) {
  result: helpServices(first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name description audience minAge maxAge phone email website }
  }
}`;

export interface FeedHelpService {
  id: string;
  name: string;
  description: string;
  audience: string | null;
  minAge: number | null;
  maxAge: number | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export const HELP_SERVICE_COLUMNS = [
  { key: 'name', header: 'Service' },
  { key: 'description', header: 'What it offers' },
  { key: 'audience', header: 'For' },
  { key: 'ages', header: 'Ages' },
  { key: 'phone', header: 'Phone' },
  { key: 'email', header: 'Email' },
  { key: 'website', header: 'Website' },
  { key: 'id', header: 'API ID' },
] as const;

/** An age range in words: "18+", "11-19", "up to 25", or empty. */
function ages(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}-${max}`;
  if (min !== null) return `${min}+`;
  if (max !== null) return `up to ${max}`;
  return '';
}

export function helpServiceRow(h: FeedHelpService) {
  return {
    name: h.name,
    description: h.description,
    audience: h.audience ?? '',
    ages: ages(h.minAge, h.maxAge),
    phone: h.phone ?? '',
    email: h.email ?? '',
    website: h.website ?? '',
    id: h.id,
  };
}
