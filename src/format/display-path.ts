// How a result's file path is shown to a person.
import path from 'node:path';

/** The path as the user thinks of it: relative to the working directory when it lies inside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return relative === '' || outside ? filePath : relative;
}
