/** Reading catalog files: located YAML/JSON trees, schema checks and conversion to model records. Not API. */
package dev.trustmap.mappings.internal;
