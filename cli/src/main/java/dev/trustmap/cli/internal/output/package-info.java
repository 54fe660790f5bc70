/** Writing command results as an aligned table, RFC 4180 CSV or JSON. Not API. */
package dev.trustmap.cli.internal.output;
