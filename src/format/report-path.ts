// A result's file path as CI systems want it: relative to the working directory, with forward slashes.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { displayPath } from './display-path.js';

/**
 * The path CI tools match against the repository: relative to `cwd` with `/` separators when the file
 * lies inside it (the checkout root in CI); otherwise the path as given.
 */
export function reportPath(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  return path.isAbsolute(shown) ? shown : shown.split(path.sep).join('/');
}

export interface ArtifactUri {
  uri: string;
  /** Set when `uri` is relative to the working directory. */
  uriBaseId?: string;
}

/** The id under which SARIF logs name the working directory (the checkout root in CI). */
export const SOURCE_ROOT_ID = '%SRCROOT%';

/**
 * The file as a URI reference: each segment of a relative path percent-encoded (spaces, `#`, `%` and
 * non-ASCII letters are legal in file names but not in URIs), an outside path as a file: URL.
 */
export function artifactUri(filePath: string, cwd: string): ArtifactUri {
  const shown = reportPath(filePath, cwd);
  if (path.isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT_ID };
}

/** The working directory as a file: URL ending in `/`, so relative URIs resolve inside it. */
export function directoryUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
