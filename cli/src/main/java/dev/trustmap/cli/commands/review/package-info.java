/** {@code trustmap review send} and {@code review collect}: owner review by spreadsheet. */
package dev.trustmap.cli.commands.review;
