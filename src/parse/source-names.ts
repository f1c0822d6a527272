// The name of a source from its URL host: chinadaily.com.cn is "China Daily". Known hosts
// get their publication's name; any other host is shown without "www.".

const KNOWN_HOSTS: Record<string, string> = {
  'chinadaily.com.cn': 'China Daily',
  'china.org.cn': 'China.org.cn',
  'xinhuanet.com': 'Xinhua',
  'news.cn': 'Xinhua',
  'globaltimes.cn': 'Global Times',
  'cgtn.com': 'CGTN',
  'gov.cn': 'www.gov.cn',
  'scio.gov.cn': 'SCIO',
  'fmprc.gov.cn': 'Ministry of Foreign Affairs of the PRC',
  'mfa.gov.cn': 'Ministry of Foreign Affairs of the PRC',
  'whitehouse.gov': 'The White House',
  'bidenwhitehouse.archives.gov': 'The White House',
  'trumpwhitehouse.archives.gov': 'The White House',
  'obamawhitehouse.archives.gov': 'The White House',
  'state.gov': 'U.S. Department of State',
  'defense.gov': 'U.S. Department of Defense',
  'reuters.com': 'Reuters',
  'apnews.com': 'AP News',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'theguardian.com': 'The Guardian',
  'scmp.com': 'South China Morning Post',
  'gov.uk': 'GOV.UK',
};

/** The publication behind a URL, or null when the URL has no host. */
export function sourceFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  const parts = host.split('.');
  // Longest known suffix wins: english.www.gov.cn -> gov.cn, www.chinadaily.com.cn -> chinadaily.com.cn.
  for (let i = 0; i < parts.length - 1; i++) {
    const name = KNOWN_HOSTS[parts.slice(i).join('.')];
    if (name) return name;
  }
  return host.replace(/^www\d?\./, '');
}
