// The formats `gongkai render` writes: a module of its own so the command line names them without loading
// the renderers (and their YAML, PDF and Office libraries) before a render is asked for.
export type RenderFormat = 'html' | 'pdf' | 'xlsx' | 'docx';
export const RENDER_FORMATS: RenderFormat[] = ['html', 'pdf', 'xlsx', 'docx'];
