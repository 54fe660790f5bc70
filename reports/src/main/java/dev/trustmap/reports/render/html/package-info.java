/**
 * The HTML reports: {@code board.html} (the board's pages, markup kept well-formed for the PDF step) and
 * {@code operator.html} (every row, one self-contained file), written from the FreeMarker templates in the
 * top-level {@code templates/} folder, which a user may override file by file ({@code --templates DIR}).
 * The Java side only arranges what the model holds for the page (chart geometry, grouping, row caps); it never
 * computes a figure of its own.
 */
package dev.trustmap.reports.render.html;
