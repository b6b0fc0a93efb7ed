package org.handout.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the engine behind validator.w3.org/nu) as a library, for every test that checks a page. */
public final class NuChecker {
    private NuChecker() {}

    /** The checker's errors for a page (its warnings are advice, not conformance errors); empty when it is valid. */
    public static List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are advice (for example on unusual but valid markup), not conformance errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource input = new InputSource(new StringReader(html));
        input.setEncoding("UTF-8");
        validator.checkHtmlInputSource(input);
        return errors;
    }
}
