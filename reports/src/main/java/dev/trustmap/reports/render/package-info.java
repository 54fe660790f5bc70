/** One {@link dev.trustmap.reports.render.Renderer} per output format, each reading the report model only. */
package dev.trustmap.reports.render;
