/** The {@code trustmap} command line: the entry point and its exit codes. Commands live in sub-packages. */
package dev.trustmap.cli;
