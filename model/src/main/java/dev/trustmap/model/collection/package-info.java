/** Collections of the model that need not be held in memory. */
package dev.trustmap.model.collection;
