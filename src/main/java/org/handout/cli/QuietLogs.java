package org.handout.cli;

import java.util.Hashtable;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * The command line's commons-logging factory: every library's log goes nowhere, since the renderer reports each
 * problem as a diagnostic of its own. Named by the property that {@link LogFactory} reads first, it stands in for
 * commons-logging's own factory, whose search for a logging framework, with {@code NoOpLog} named, still probed the
 * class for a method it lacks and built the exception's message with streams: about 4 ms of a cold render's
 * thread, on the first PDFBox class it initialized (issue 20).
 */
public final class QuietLogs extends LogFactory {
    private static final Log NONE = new NoOpLog();
    private final Hashtable<String, Object> attributes = new Hashtable<>();

    @Override
    public Log getInstance(Class<?> clazz) {
        return NONE;
    }

    @Override
    public Log getInstance(String name) {
        return NONE;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(new String[0]);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void release() {
        // Nothing is held.
    }
}
