/** The root command, the base class every command extends, shared options. Not API. */
package dev.trustmap.cli.internal;
