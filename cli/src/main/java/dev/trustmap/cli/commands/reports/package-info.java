/** {@code trustmap report}: board and operator reports from an assessment. */
package dev.trustmap.cli.commands.reports;
