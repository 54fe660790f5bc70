package dev.trustmap.evidence.redact;

import java.util.ArrayList;
import java.util.List;

/** The place of the current token while a JSON document streams past: the objects and arrays open around it. */
final class JsonPlace implements Place {

    private static final class Frame {
        final boolean object;
        final String name;
        String member;
        boolean awsKeyId;

        Frame(boolean object, String name) {
            this.object = object;
            this.name = name;
        }
    }

    private final List<Frame> frames = new ArrayList<>();

    void enter(boolean object) {
        Frame top = top();
        frames.add(new Frame(object, top != null && top.object ? top.member : null));
    }

    void exit() {
        frames.remove(frames.size() - 1);
    }

    void member(String name) {
        top().member = name;
    }

    /** Remembers that the object being read holds an AWS access key id, for the values after it. */
    void written(String value) {
        Frame top = top();
        if (top != null && top.object && !top.awsKeyId && Markers.hasAwsKeyId(value)) {
            top.awsKeyId = true;
        }
    }

    @Override
    public String member() {
        Frame top = top();
        return top != null && top.object ? top.member : null;
    }

    @Override
    public String container(int up) {
        int index = frames.size() - 1 - up;
        return index < 0 ? null : frames.get(index).name;
    }

    @Override
    public boolean within(String name) {
        for (Frame frame : frames) {
            if (name.equals(frame.name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean withinMember(java.util.function.Predicate<String> name) {
        for (Frame frame : frames) {
            if (frame.name != null && name.test(frame.name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean nearAwsKeyId() {
        Frame top = top();
        return top != null && top.awsKeyId;
    }

    private Frame top() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }
}
