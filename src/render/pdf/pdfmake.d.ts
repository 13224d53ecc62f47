/** The part of the pdfmake 0.3 server API we use (the package ships no typings). */
declare module 'pdfmake' {
  /** A content node: pdfmake's document definition language is wide; nodes are checked when rendering. */
  export type Content = string | ContentNode | Content[];
  export interface ContentNode {
    [key: string]: unknown;
  }
  export interface FontDescriptor {
    normal: string;
    bold?: string;
    italics?: string;
    bolditalics?: string;
  }
  export interface DocumentDefinition {
    content: Content;
    [key: string]: unknown;
  }
  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  export interface PdfMake {
    addFonts(fonts: Record<string, FontDescriptor>): void;
    setFonts(fonts: Record<string, FontDescriptor>): void;
    setUrlAccessPolicy(callback?: (url: string) => boolean): void;
    setLocalAccessPolicy(callback?: (path: string) => boolean): void;
    createPdf(doc: DocumentDefinition, options?: Record<string, unknown>): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
