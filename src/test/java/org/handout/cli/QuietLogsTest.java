package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;
import org.apache.pdfbox.cos.COSDictionary;
import org.junit.jupiter.api.Test;

/** commons-logging takes the command line's factory by the property Main sets, and PDFBox's logs go nowhere. */
class QuietLogsTest {
    @Test
    void commonsLoggingMakesTheFactoryAndItsLogsAreSilent() {
        String before = System.getProperty(LogFactory.FACTORY_PROPERTY);
        assertEquals(QuietLogs.class.getName(), Main.QUIET_LOGS);
        System.setProperty(LogFactory.FACTORY_PROPERTY, Main.QUIET_LOGS);
        LogFactory.releaseAll();
        try {
            assertInstanceOf(QuietLogs.class, LogFactory.getFactory());
            assertInstanceOf(NoOpLog.class, LogFactory.getLog(COSDictionary.class));
        } finally {
            if (before == null) {
                System.clearProperty(LogFactory.FACTORY_PROPERTY);
            } else {
                System.setProperty(LogFactory.FACTORY_PROPERTY, before);
            }
            LogFactory.releaseAll();
        }
    }
}
