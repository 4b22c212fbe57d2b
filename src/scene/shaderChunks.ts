/**
 * GLSL shared by several shaders, spliced in where a shader writes `#include <section_fade>` (three.js resolves
 * only its own chunk names, so ours are replaced before the material sees the source).
 */
import sectionFadeChunk from '../../shaders/sectionFade.glsl?raw';

const SECTION_FADE_INCLUDE = '#include <section_fade>';

/** `source` with the thick-section fade function and its uniforms in place of `#include <section_fade>`. */
export function withSectionFade(source: string): string {
  if (!source.includes(SECTION_FADE_INCLUDE)) throw new Error(`shader has no ${SECTION_FADE_INCLUDE}`);
  return source.replace(SECTION_FADE_INCLUDE, sectionFadeChunk);
}
