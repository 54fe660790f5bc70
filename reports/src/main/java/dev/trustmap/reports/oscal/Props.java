package dev.trustmap.reports.oscal;

import java.util.ArrayList;
import java.util.List;

/**
 * The props of one OSCAL object, each in trustmap's namespace ({@link OscalResults#NAMESPACE}), in the order added.
 * Names are OSCAL tokens (letters, digits, {@code . - _}); values are plain strings on one line, and a prop whose
 * value is null or blank is left out.
 */
final class Props {

    private final List<OscalObject> props = new ArrayList<>();

    Props add(String name, Object value) {
        String text = value == null ? null : OscalText.string(String.valueOf(value));
        if (text != null) {
            props.add(OscalObject.of().put("name", name).put("ns", OscalResults.NAMESPACE).put("value", text));
        }
        return this;
    }

    List<OscalObject> list() {
        return List.copyOf(props);
    }
}
