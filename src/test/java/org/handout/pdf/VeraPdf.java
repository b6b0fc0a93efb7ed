package org.handout.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/** veraPDF (greenfield parser) as a library: the same rules the industry's validator applies. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** Failed rules ("clause-test: description (count)"), empty when the file conforms. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return describe(validator.validate(parser));
        }
    }

    /** The PDF/A and PDF/UA parts a file claims in its XMP metadata, as veraPDF reads them. */
    public static Set<PDFAFlavour> claimedFlavours(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return Set.copyOf(parser.getFlavours());
        }
    }

    /** Failures against a profile file, such as the WCAG 2.2 machine profile. */
    public static List<String> failures(byte[] pdf, Path profileFile) throws Exception {
        ValidationProfile profile;
        try (InputStream in = Files.newInputStream(profileFile)) {
            profile = Profiles.profileFromXml(in);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            return describe(validator.validate(parser));
        }
    }

    private static List<String> describe(ValidationResult result) {
        TreeSet<String> failed = new TreeSet<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                        + assertion.getMessage());
            }
        }
        return new ArrayList<>(failed);
    }
}
