package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.handout.model.CitedWork;

/** Real PubMed citations, each with what the parser must read from it. */
class NlmParserTest {
    /** citation ‖ first author ‖ author count (without "et al") ‖ journal ‖ date ‖ volume ‖ issue ‖ pages ‖ DOI (- for none). */
    private static final String TABLE = """
            Zarate C, Duman RS, Liu G, Sartori S, Quiroz J, Murck H. “New paradigms for treatment-resistant depression.” Ann N Y Acad Sci. 2013 Jul;1292(1):21-31. doi: 10.1111/nyas.12223. ‖ Zarate ‖ 6 ‖ Ann N Y Acad Sci ‖ 2013-07 ‖ 1292 ‖ 1 ‖ 21-31 ‖ 10.1111/nyas.12223
            Eby GA, Eby KL. Rapid recovery from major depression using magnesium treatment. Med Hypotheses. 2006;67(2):362-70. doi: 10.1016/j.mehy.2006.01.047. Epub 2006 Mar 20. PMID: 16542786. ‖ Eby ‖ 2 ‖ Med Hypotheses ‖ 2006 ‖ 67 ‖ 2 ‖ 362-70 ‖ 10.1016/j.mehy.2006.01.047
            Tarleton EK, Littenberg B, MacLean CD, Kennedy AG, Daley C. Role of magnesium supplementation in the treatment of depression: A randomized clinical trial. PLoS One. 2017 Jun 27;12(6):e0180067. doi: 10.1371/journal.pone.0180067. PMID: 28654669; PMCID: PMC5487054. ‖ Tarleton ‖ 5 ‖ PLoS One ‖ 2017-06-27 ‖ 12 ‖ 6 ‖ e0180067 ‖ 10.1371/journal.pone.0180067
            Boyle NB, Lawton C, Dye L. The Effects of Magnesium Supplementation on Subjective Anxiety and Stress-A Systematic Review. Nutrients. 2017 Apr 26;9(5):429. doi: 10.3390/nu9050429. PMID: 28445426; PMCID: PMC5452159. ‖ Boyle ‖ 3 ‖ Nutrients ‖ 2017-04-26 ‖ 9 ‖ 5 ‖ 429 ‖ 10.3390/nu9050429
            Jacka FN, Overland S, Stewart R, Tell GS, Bjelland I, Mykletun A. Association between magnesium intake and depression and anxiety in community-dwelling adults: the Hordaland Health Study. Aust N Z J Psychiatry. 2009 Jan;43(1):45-52. doi: 10.1080/00048670802534408. PMID: 19085527. ‖ Jacka ‖ 6 ‖ Aust N Z J Psychiatry ‖ 2009-01 ‖ 43 ‖ 1 ‖ 45-52 ‖ 10.1080/00048670802534408
            Jahnen-Dechent W, Ketteler M. Magnesium basics. Clin Kidney J. 2012 Feb;5(Suppl 1):i3-i14. doi: 10.1093/ndtplus/sfr163. PMID: 26069819; PMCID: PMC4455825. ‖ Jahnen-Dechent ‖ 2 ‖ Clin Kidney J ‖ 2012-02 ‖ 5 ‖ Suppl 1 ‖ i3-i14 ‖ 10.1093/ndtplus/sfr163
            Cipriani A, Furukawa TA, Salanti G, et al. Comparative efficacy and acceptability of 21 antidepressant drugs for the acute treatment of adults with major depressive disorder: a systematic review and network meta-analysis. Lancet. 2018 Apr 7;391(10128):1357-1366. doi: 10.1016/S0140-6736(17)32802-7. ‖ Cipriani ‖ 3 ‖ Lancet ‖ 2018-04-07 ‖ 391 ‖ 10128 ‖ 1357-1366 ‖ 10.1016/S0140-6736(17)32802-7
            Kirsch I, Deacon BJ, Huedo-Medina TB, Scoboria A, Moore TJ, Johnson BT. Initial severity and antidepressant benefits: a meta-analysis of data submitted to the Food and Drug Administration. PLoS Med. 2008 Feb;5(2):e45. doi: 10.1371/journal.pmed.0050045. PMID: 18303940. ‖ Kirsch ‖ 6 ‖ PLoS Med ‖ 2008-02 ‖ 5 ‖ 2 ‖ e45 ‖ 10.1371/journal.pmed.0050045
            Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, Krystal JH. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. 2000 Feb 15;47(4):351-4. doi: 10.1016/s0006-3223(99)00230-9. PMID: 10686270. ‖ Berman ‖ 7 ‖ Biol Psychiatry ‖ 2000-02-15 ‖ 47 ‖ 4 ‖ 351-4 ‖ 10.1016/s0006-3223(99)00230-9
            Zarate CA Jr, Singh JB, Carlson PJ, Brutsche NE, Ameli R, Luckenbaugh DA, Charney DS, Manji HK. A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression. Arch Gen Psychiatry. 2006 Aug;63(8):856-64. doi: 10.1001/archpsyc.63.8.856. PMID: 16894061. ‖ Zarate ‖ 8 ‖ Arch Gen Psychiatry ‖ 2006-08 ‖ 63 ‖ 8 ‖ 856-64 ‖ 10.1001/archpsyc.63.8.856
            Rush AJ, Trivedi MH, Wisniewski SR, Nierenberg AA, Stewart JW, Warden D, et al. Acute and longer-term outcomes in depressed outpatients requiring one or several treatment steps: a STAR*D report. Am J Psychiatry. 2006 Nov;163(11):1905-17. doi: 10.1176/ajp.2006.163.11.1905. PMID: 17074942. ‖ Rush ‖ 6 ‖ Am J Psychiatry ‖ 2006-11 ‖ 163 ‖ 11 ‖ 1905-17 ‖ 10.1176/ajp.2006.163.11.1905
            GBD 2019 Mental Disorders Collaborators. Global, regional, and national burden of 12 mental disorders in 204 countries and territories, 1990-2019: a systematic analysis for the Global Burden of Disease Study 2019. Lancet Psychiatry. 2022 Feb;9(2):137-150. doi: 10.1016/S2215-0366(21)00395-3. Epub 2022 Jan 10. PMID: 35026139. ‖ GBD 2019 Mental Disorders Collaborators ‖ 1 ‖ Lancet Psychiatry ‖ 2022-02 ‖ 9 ‖ 2 ‖ 137-150 ‖ 10.1016/S2215-0366(21)00395-3
            Serefko A, Szopa A, Wlaź P, Nowak G, Radziwoń-Zaleska M, Skalski M, Poleszak E. Magnesium in depression. Pharmacol Rep. 2013;65(3):547-54. doi: 10.1016/s1734-1140(13)71032-6. PMID: 23950577. ‖ Serefko ‖ 7 ‖ Pharmacol Rep ‖ 2013 ‖ 65 ‖ 3 ‖ 547-54 ‖ 10.1016/s1734-1140(13)71032-6
            Rosique-Esteban N, Guasch-Ferré M, Hernández-Alonso P, Salas-Salvadó J. Dietary Magnesium and Cardiovascular Disease: A Review with Emphasis in Epidemiological Studies. Nutrients. 2018 Feb 1;10(2):168. doi: 10.3390/nu10020168. PMID: 29389872; PMCID: PMC5852744. ‖ Rosique-Esteban ‖ 4 ‖ Nutrients ‖ 2018-02-01 ‖ 10 ‖ 2 ‖ 168 ‖ 10.3390/nu10020168
            Nielsen FH. Magnesium deficiency and increased inflammation: current perspectives. J Inflamm Res. 2018 Jan 18;11:25-34. doi: 10.2147/JIR.S136742. PMID: 29403302; PMCID: PMC5783146. ‖ Nielsen ‖ 1 ‖ J Inflamm Res ‖ 2018-01-18 ‖ 11 ‖ - ‖ 25-34 ‖ 10.2147/JIR.S136742
            Fiorentini D, Cappadone C, Farruggia G, Prata C. Magnesium: Biochemistry, Nutrition, Detection, and Social Impact of Diseases Linked to Its Deficiency. Nutrients. 2021 Mar 30;13(4):1136. doi: 10.3390/nu13041136. PMID: 33808247; PMCID: PMC8065437. ‖ Fiorentini ‖ 4 ‖ Nutrients ‖ 2021-03-30 ‖ 13 ‖ 4 ‖ 1136 ‖ 10.3390/nu13041136
            Barbagallo M, Veronese N, Dominguez LJ. Magnesium in Aging, Health and Diseases. Nutrients. 2021 Jan 30;13(2):463. doi: 10.3390/nu13020463. PMID: 33573164; PMCID: PMC7912123. ‖ Barbagallo ‖ 3 ‖ Nutrients ‖ 2021-01-30 ‖ 13 ‖ 2 ‖ 463 ‖ 10.3390/nu13020463
            DiNicolantonio JJ, O'Keefe JH, Wilson W. Subclinical magnesium deficiency: a principal driver of cardiovascular disease and a public health crisis. Open Heart. 2018 Jan 13;5(1):e000668. doi: 10.1136/openhrt-2017-000668. PMID: 29387426; PMCID: PMC5786912. ‖ DiNicolantonio ‖ 3 ‖ Open Heart ‖ 2018-01-13 ‖ 5 ‖ 1 ‖ e000668 ‖ 10.1136/openhrt-2017-000668
            Li B, Lv J, Wang W, Zhang D. Dietary magnesium and calcium intake and risk of depression in the general population: A meta-analysis. Aust N Z J Psychiatry. 2017 Mar;51(3):219-229. doi: 10.1177/0004867416676895. Epub 2016 Nov 1. PMID: 27807012. ‖ Li ‖ 4 ‖ Aust N Z J Psychiatry ‖ 2017-03 ‖ 51 ‖ 3 ‖ 219-229 ‖ 10.1177/0004867416676895
            Li B, Lv J, Wang W, Zhang D. Dietary magnesium and calcium intake and risk of depression in the general population: A meta-analysis. Aust N Z J Psychiatry. 2016 Nov 1:0004867416676895. doi: 10.1177/0004867416676895. Epub ahead of print. PMID: 27807012. ‖ Li ‖ 4 ‖ Aust N Z J Psychiatry ‖ 2016-11-01 ‖ - ‖ - ‖ 0004867416676895 ‖ 10.1177/0004867416676895
            Sartori SB, Whittle N, Hetzenauer A, Singewald N. Magnesium deficiency induces anxiety and HPA axis dysregulation: modulation by therapeutic drug treatment. Neuropharmacology. 2012 Jan;62(1):304-12. doi: 10.1016/j.neuropharm.2011.07.027. Epub 2011 Jul 28. PMID: 21835188; PMCID: PMC3198864. ‖ Sartori ‖ 4 ‖ Neuropharmacology ‖ 2012-01 ‖ 62 ‖ 1 ‖ 304-12 ‖ 10.1016/j.neuropharm.2011.07.027
            Murck H. Magnesium and affective disorders. Nutr Neurosci. 2002 Dec;5(6):375-89. doi: 10.1080/1028415021000039194. PMID: 12509067. ‖ Murck ‖ 1 ‖ Nutr Neurosci ‖ 2002-12 ‖ 5 ‖ 6 ‖ 375-89 ‖ 10.1080/1028415021000039194
            Moher D, Liberati A, Tetzlaff J, Altman DG; PRISMA Group. Preferred reporting items for systematic reviews and meta-analyses: the PRISMA statement. PLoS Med. 2009 Jul 21;6(7):e1000097. doi: 10.1371/journal.pmed.1000097. PMID: 19621072. ‖ Moher ‖ 5 ‖ PLoS Med ‖ 2009-07-21 ‖ 6 ‖ 7 ‖ e1000097 ‖ 10.1371/journal.pmed.1000097
            Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ. 2021 Mar 29;372:n71. doi: 10.1136/bmj.n71. ‖ Page ‖ 3 ‖ BMJ ‖ 2021-03-29 ‖ 372 ‖ - ‖ n71 ‖ 10.1136/bmj.n71
            Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001 Sep;16(9):606-13. doi: 10.1046/j.1525-1497.2001.016009606.x. PMID: 11556941. ‖ Kroenke ‖ 3 ‖ J Gen Intern Med ‖ 2001-09 ‖ 16 ‖ 9 ‖ 606-13 ‖ 10.1046/j.1525-1497.2001.016009606.x
            Higgins JP, Thompson SG, Deeks JJ, Altman DG. Measuring inconsistency in meta-analyses. BMJ. 2003 Sep 6;327(7414):557-60. doi: 10.1136/bmj.327.7414.557. PMID: 12958120. ‖ Higgins ‖ 4 ‖ BMJ ‖ 2003-09-06 ‖ 327 ‖ 7414 ‖ 557-60 ‖ 10.1136/bmj.327.7414.557
            Schulz KF, Altman DG, Moher D; CONSORT Group. CONSORT 2010 statement: updated guidelines for reporting parallel group randomised trials. BMJ. 2010 Mar 23;340:c332. doi: 10.1136/bmj.c332. PMID: 20332509. ‖ Schulz ‖ 4 ‖ BMJ ‖ 2010-03-23 ‖ 340 ‖ - ‖ c332 ‖ 10.1136/bmj.c332
            Mauskop A, Varughese J. Why all migraine patients should be treated with magnesium. J Neural Transm (Vienna). 2012 May;119(5):575-9. doi: 10.1007/s00702-012-0790-2. Epub 2012 Mar 18. PMID: 22426836. ‖ Mauskop ‖ 2 ‖ J Neural Transm (Vienna) ‖ 2012-05 ‖ 119 ‖ 5 ‖ 575-9 ‖ 10.1007/s00702-012-0790-2
            Singewald N, Sinner C, Hetzenauer A, Sartori SB, Murck H. Magnesium-deficient diet alters depression- and anxiety-related behavior in mice--influence of desipramine and Hypericum perforatum extract. Neuropharmacology. 2004 Jul;47(8):1189-97. doi: 10.1016/j.neuropharm.2004.08.010. PMID: 15567428. ‖ Singewald ‖ 5 ‖ Neuropharmacology ‖ 2004-07 ‖ 47 ‖ 8 ‖ 1189-97 ‖ 10.1016/j.neuropharm.2004.08.010
            Hetrick SE, McKenzie JE, Bailey AP, Sharma V, Moller CI, Badcock PB, Cox GR, Merry SN, Meader N. New generation antidepressants for depression in children and adolescents: a network meta-analysis. Cochrane Database Syst Rev. 2021 May 24;5(5):CD013674. doi: 10.1002/14651858.CD013674.pub2. PMID: 34029378; PMCID: PMC8143444. ‖ Hetrick ‖ 9 ‖ Cochrane Database Syst Rev ‖ 2021-05-24 ‖ 5 ‖ 5 ‖ CD013674 ‖ 10.1002/14651858.CD013674.pub2
            Gröber U, Schmidt J, Kisters K. Magnesium in Prevention and Therapy. Nutrients. 2015 Sep 23;7(9):8199-226. doi: 10.3390/nu7095388. PMID: 26404370; PMCID: PMC4586582. ‖ Gröber ‖ 3 ‖ Nutrients ‖ 2015-09-23 ‖ 7 ‖ 9 ‖ 8199-226 ‖ 10.3390/nu7095388
            Phelan D, Molero P, Martínez-González MA, Molendijk M. Magnesium and mood disorders: systematic review and meta-analysis. BJPsych Open. 2018 Jun 25;4(4):167-179. doi: 10.1192/bjo.2018.22. PMID: 29897029; PMCID: PMC6034436. ‖ Phelan ‖ 4 ‖ BJPsych Open ‖ 2018-06-25 ‖ 4 ‖ 4 ‖ 167-179 ‖ 10.1192/bjo.2018.22
            """;

    static Stream<String[]> citations() {
        return TABLE.lines().filter(l -> !l.isBlank()).map(l -> Arrays.stream(l.split("‖")).map(String::strip).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{1}, {3} {4}")
    @MethodSource("citations")
    void readsTheFieldsOfARealCitation(String citation, String author, String count, String journal, String date,
            String volume, String issue, String pages, String doi) {
        Map<String, Object> item = read(citation);
        Map<?, ?> first = authors(item).get(0);
        assertEquals(author, first.get("family") != null ? first.get("family") : first.get("literal"));
        assertEquals(Integer.parseInt(count), authors(item).size());
        assertEquals(journal, item.get("container-title"));
        assertEquals(date, CitedWork.isoDate(item.get("issued")));
        assertEquals(none(volume), item.get("volume"));
        assertEquals(none(issue), item.get("issue"));
        assertEquals(pages, item.get("page"));
        assertEquals(none(doi), item.get("DOI"));
    }

    @Test
    void tableHasAtLeastThirtyCitations() {
        assertEquals(true, citations().count() >= 30);
    }

    @Test
    void quotedTitleAndInitialsAreKept() {
        Map<String, Object> item = read(citations().findFirst().orElseThrow()[0]);
        assertEquals("New paradigms for treatment-resistant depression", item.get("title"));
        assertEquals("R. S.", authors(item).get(1).get("given"));
    }

    @Test
    void suffixEtAlAndGroupAuthorsAreNames() {
        Map<String, Object> zarate = read(citations().skip(9).findFirst().orElseThrow()[0]);
        assertEquals("Jr", authors(zarate).get(0).get("suffix"));
        NlmParser.Reading cipriani = NlmParser.parse(citations().skip(6).findFirst().orElseThrow()[0]);
        assertEquals(3, authors(cipriani.csl()).size(), "'et al.' says the list goes on; it is no author");
        List<?> names = (List<?>) cipriani.csl().get("author");
        assertEquals(Map.of("literal", "others"), names.get(names.size() - 1), "as Pandoc reads BibTeX's 'and others'");
        assertTrue(cipriani.pieces().contains(new NlmParser.Piece(NlmParser.Kind.ET_AL, "et al")));
        Map<String, Object> moher = read(citations().skip(22).findFirst().orElseThrow()[0]);
        assertEquals("PRISMA Group", authors(moher).get(4).get("literal"));
        assertEquals("19621072", moher.get("PMID"));
    }

    @Test
    void textInAnotherFormatIsNotGuessedAt() {
        assertNull(NlmParser.parse("National Institute of Mental Health. Depression. https://www.nimh.nih.gov/health/topics/depression"));
        assertNull(NlmParser.parse("Sapolsky RM. Why Zebras Don't Get Ulcers. 3rd ed. New York: Henry Holt; 2004."));
        assertNull(NlmParser.parse("See the leaflet from your pharmacist."));
    }

    private static Map<String, Object> read(String citation) {
        NlmParser.Reading reading = NlmParser.parse(citation);
        assertNotNull(reading, citation);
        return reading.csl();
    }

    /** The named authors: the list without the "others" that says it goes on. */
    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> authors(Map<String, Object> item) {
        return ((List<Map<?, ?>>) item.get("author")).stream().filter(n -> !"others".equals(n.get("literal"))).toList();
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }
}
