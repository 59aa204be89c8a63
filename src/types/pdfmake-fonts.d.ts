/** pdfmake's bundled Roboto: absolute paths of its four TTF files (CommonJS module of the pdfmake package). */
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> }
  export default fonts
}
