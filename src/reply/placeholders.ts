// Placeholder syntaxes of the major help desks, and which placeholders stand for the replying agent.

/** Built-in syntaxes, tried in this order (earlier wins where two overlap). */
export const PLACEHOLDER_SYNTAXES: readonly RegExp[] = [
  /\{\{[\s\S]*?\}\}/g, // Zendesk, Freshdesk, Front, Gorgias, Intercom, Mustache/Handlebars
  /\{%[\s\S]*?%\}/g, // Liquid tags, Help Scout {%customer.firstName,fallback=there%}
  /#\{[^{}\n]*\}/g, // Zammad
  /%\{[^{}\n]*\}/g, // osTicket, Discourse
  /\$\{[^{}\n]*\}/g, // JavaScript-style templates (bots)
  /\{[^{}\n]{1,60}\}/g, // PrestaShop {firstname}, Request Tracker {$Ticket->id}, hand-made {agent_name}
  /<[A-Z][A-Z0-9]*_[A-Z0-9_]+>/g, // Znuny / OTRS <OTRS_CUSTOMER_REALNAME>
  /\[(?:[A-Z][a-z]*|[A-Z][A-Z_]+)(?:[ _][A-Za-z]+){0,3}\](?![(\[:])/g, // [Name], [Agent Name], [CUSTOMER_NAME]
];

/** Agent-name placeholders per platform (variable path, lower-cased). */
const AGENT_NAMES: Record<string, readonly string[]> = {
  zendesk: ['current_user.first_name', 'current_user.name', 'current_user.signature'],
  front: ['user.first_name', 'user.name', 'user.last_name'],
  helpscout: ['user.firstname', 'user.fullname', 'user.lastname'],
  gorgias: ['current_user.firstname', 'current_user.name', 'current_user.first_name'],
  freshdesk: ['ticket.agent.name', 'ticket.agent.first_name'],
  zammad: ['user.firstname', 'user.lastname', 'user.fullname'],
  osticket: ['ticket.staff.name.first', 'ticket.staff.name', 'staff.name', 'staff.name.first', 'signature'],
  intercom: ['admin.first_name', 'admin.name'],
};

/** Placeholders that name the customer somewhere, so they are unsafe to count as the agent. */
const UNSAFE_WITHOUT_PLATFORM = new Set(['user.first_name', 'user.name', 'user.firstname', 'user.fullname', 'user.lastname', 'user.last_name']);

/** Hand-made placeholders ({agent_name}, [Your Name]) say who they stand for in their own words. */
const AGENT_WORDS = /\b(agent|staff|advisor|adviser|representative|rep|your[ _]?name|my[ _]?name|signature|sender|current[ _]?user\w*)\b/i;

/** The variable path of a placeholder: `{{ current_user.first_name | fallback: "" }}` → `current_user.first_name`. */
export function placeholderName(raw: string): string {
  const inner = raw
    .replace(/^(\{\{|\{%|#\{|%\{|\$\{|\{|<|\[)/, '')
    .replace(/(\}\}|%\}|\}|>|\])$/, '')
    .trim();
  // [Your Name] and <AGENT NAME> are words, not variable paths: keep them whole.
  if (/^[[<]/.test(raw)) return inner;
  return inner.split(/[|,\s]/)[0].replace(/^[#^/]/, '').trim();
}

/** Syntaxes that only one help desk uses tell the platform by themselves. */
function platformOfSyntax(raw: string): string | undefined {
  if (raw.startsWith('{%')) return 'helpscout';
  if (raw.startsWith('#{')) return 'zammad';
  if (raw.startsWith('%{')) return 'osticket';
  return undefined;
}

export function isAgentName(name: string, configured: string | undefined, raw = ''): boolean {
  const lower = name.toLowerCase();
  const platform = configured ?? platformOfSyntax(raw);
  if (platform && AGENT_NAMES[platform]) return AGENT_NAMES[platform].includes(lower) || AGENT_WORDS.test(name.replace(/[._]/g, ' '));
  for (const names of Object.values(AGENT_NAMES)) {
    if (names.includes(lower) && !UNSAFE_WITHOUT_PLATFORM.has(lower)) return true;
  }
  return AGENT_WORDS.test(name.replace(/[._]/g, ' '));
}

/** The placeholder a fix inserts to sign a reply, per platform. */
export function agentPlaceholderFor(platform: string | undefined): string {
  switch (platform) {
    case 'front': return '{{user.first_name}}';
    case 'helpscout': return '{%user.firstName%}';
    case 'gorgias': return '{{current_user.firstname}}';
    case 'freshdesk': return '{{ticket.agent.name}}';
    case 'zammad': return '#{user.firstname}';
    case 'osticket': return '%{ticket.staff.name.first}';
    case 'intercom': return '{{admin.first_name}}';
    default: return '{{current_user.first_name}}';
  }
}

export const KNOWN_PLATFORMS = Object.keys(AGENT_NAMES).concat(['generic']);

export interface PlaceholderSpan {
  start: number;
  end: number;
}

/** Placeholder ranges in `text`, non-overlapping, sorted. `extra` are user syntaxes (config `placeholders`). */
export function findPlaceholderSpans(text: string, extra: readonly RegExp[] = []): PlaceholderSpan[] {
  if (!/[{%#$<[]/.test(text)) return [];
  const found: PlaceholderSpan[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const syntax of [...extra, ...PLACEHOLDER_SYNTAXES]) {
    const re = new RegExp(syntax.source, syntax.flags.includes('g') ? syntax.flags : syntax.flags + 'g');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (m[0].length > 0 && !taken(start, end)) found.push({ start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
