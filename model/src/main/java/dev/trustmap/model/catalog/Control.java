package dev.trustmap.model.catalog;

import dev.trustmap.model.vocabulary.Domain;
import dev.trustmap.model.vocabulary.EvidenceKind;
import dev.trustmap.model.vocabulary.Lane;
import dev.trustmap.model.vocabulary.Severity;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A control of the catalog, written once in the shared vocabulary and mapped onto framework items. */
public record Control(String id, Domain domain, String title, String objective, Realisations realisations,
        Set<Lane> lanes, EvidenceKind evidence, Severity severity, List<Mapping> mappings, SourceRef source) {

    public Control {
        // in the vocabulary's order, the same in every process (Set.copyOf iterates differently in each)
        lanes = Collections.unmodifiableSet(new TreeSet<>(lanes));
        mappings = List.copyOf(mappings);
    }

    /** The ids of the frameworks this control maps to, sorted. */
    public Set<String> frameworks() {
        Set<String> ids = new TreeSet<>();
        mappings.forEach(m -> ids.add(m.framework()));
        return ids;
    }

    /** A copy with further mappings appended (an overlay adding mappings to a bundled control). */
    public Control withMappings(List<Mapping> extra) {
        List<Mapping> all = new java.util.ArrayList<>(mappings);
        all.addAll(extra);
        return new Control(id, domain, title, objective, realisations, lanes, evidence, severity, all, source);
    }
}
