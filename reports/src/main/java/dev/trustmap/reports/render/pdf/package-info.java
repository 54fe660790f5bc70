/**
 * The PDF report: {@code board.pdf}, the board page of the HTML report laid out on A4 by Flying Saucer (OpenPDF).
 * The page is taken as the HTML renderer writes it; this package only prepares it for print (a PDF stylesheet,
 * a running header, bookmarks), swaps the inline SVG trend chart for a vector chart drawn with JFreeChart, and
 * embeds one bundled font (WenQuanYi Micro Hei) that covers Latin, Greek, Cyrillic and CJK, since Flying Saucer
 * has no per-glyph font fallback. Nothing is fetched from anywhere, and the same model gives the same bytes.
 */
package dev.trustmap.reports.render.pdf;
