// The Act-On emulator's own CSV reader and multipart parser, on the awkward
// inputs real exports contain (line-end styles, quotes, BOM, binary junk).
#include "core/sandbox/acton/ActOnCsvReader.h"
#include "core/sandbox/acton/ActOnList.h"
#include "core/sandbox/acton/ActOnMultipartParser.h"

#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {
QList<QList<QByteArray>> readAll(
    const QByteArray &csv, char sep = ',', char quote = '"', QString *error = nullptr)
{
    QList<QList<QByteArray>> rows;
    ActOnCsvReader r(csv, sep, quote);
    ActOnCsvReader::Status s;
    while ((s = r.next()) == ActOnCsvReader::Status::Row) {
        QList<QByteArray> row;
        for (qsizetype i = 0; i < r.fieldCount(); ++i)
            row.append(r.field(i).toByteArray());
        rows.append(row);
    }
    if (error)
        *error = s == ActOnCsvReader::Status::Error ? r.errorString() : QString();
    return rows;
}
} // namespace

class TestActOnParsers : public QObject
{
    Q_OBJECT

private slots:
    void csvLineEndsBomAndBlankLines()
    {
        const auto rows = readAll("\xEF\xBB\xBF"
                                  "a,b\r\n1,2\n\n3,4\r5,6");
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), (QList<QByteArray> { "a", "b" }));
        QCOMPARE(rows.at(2), (QList<QByteArray> { "3", "4" }));
        QCOMPARE(rows.at(3), (QList<QByteArray> { "5", "6" })); // no final line end
    }

    void csvQuotes()
    {
        const auto rows = readAll("\"a,1\",\"say \"\"hi\"\"\",\"multi\r\nline\",\"\"\n,,\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QList<QByteArray> { "a,1", "say \"hi\"", "multi\r\nline", "" }));
        QCOMPARE(rows.at(1), (QList<QByteArray> { "", "", "" }));
        // a quote inside an unquoted field is literal; text after a closing quote is kept
        QCOMPARE(readAll("ab\"c,\"x\"y\n").at(0), (QList<QByteArray> { "ab\"c", "xy" }));
    }

    void csvSeparatorsAndQuoteModes()
    {
        QCOMPARE(readAll("a\tb c\t'd\te'\n", '\t', '\'').at(0),
            (QList<QByteArray> { "a", "b c", "d\te" }));
        QCOMPARE(readAll("\"a\";b\n", ';', 0).at(0), (QList<QByteArray> { "\"a\"", "b" }));
    }

    void csvErrorsNameTheLine()
    {
        QString error;
        readAll("a,b\n1,2\n3,\"open\nstill open\n", ',', '"', &error);
        QCOMPARE(error, u"unterminated quoted field starting on line 3"_s);
        readAll(QByteArray("a\nb\0c\n", 6), ',', '"', &error);
        QCOMPARE(error, u"binary data (NUL byte) on line 2"_s);
        // line numbers count line breaks inside quoted fields
        ActOnCsvReader r("\"x\ny\"\nz\n");
        QCOMPARE(r.next(), ActOnCsvReader::Status::Row);
        QCOMPARE(r.next(), ActOnCsvReader::Status::Row);
        QCOMPARE(r.line(), 3);
        QCOMPARE(r.next(), ActOnCsvReader::Status::End);
    }

    void multipartParts()
    {
        const QByteArray body
            = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"listname\"\r\n\r\n"
              "My List\r\n--XyZ\r\ncontent-disposition: form-data; name=\"file\"; "
              "filename=\"a;b.csv\"\r\nContent-Type: text/csv\r\n\r\nE-mail\r\n--not-it\r\n"
              "x@y.z\r\n--XyZ--\r\nepilogue";
        ActOnMultipartParser p;
        QVERIFY2(
            p.parse("multipart/form-data; boundary=\"XyZ\"", body), qPrintable(p.errorString()));
        QCOMPARE(p.parts().size(), 2);
        QCOMPARE(p.value("LISTNAME"), u"My List"_s);
        const ActOnMultipartParser::Part *file = p.firstFile();
        QVERIFY(file);
        QCOMPARE(file->name, QByteArray("file"));
        QCOMPARE(file->filename, QByteArray("a;b.csv"));
        QCOMPARE(file->contentType, QByteArray("text/csv"));
        QCOMPARE(file->data.toByteArray(), QByteArray("E-mail\r\n--not-it\r\nx@y.z"));
        QCOMPARE(p.value("missing", u"fallback"_s), u"fallback"_s);
    }

    void multipartLfOnlyAndEmptyValue()
    {
        ActOnMultipartParser p;
        QVERIFY(p.parse("multipart/form-data; boundary=b",
            "--b\nContent-Disposition: form-data; name=\"a\"\n\n\n--b\n"
            "Content-Disposition: form-data; name=\"c\"\n\nd\n--b--\n"));
        QCOMPARE(p.value("a", u"x"_s), QString());
        QCOMPARE(p.value("c"), u"d"_s);
    }

    void multipartErrors()
    {
        ActOnMultipartParser p;
        QVERIFY(!p.parse("multipart/form-data", "--b\r\n"));
        QVERIFY(p.errorString().contains(u"boundary"_s));
        QVERIFY(!p.parse("multipart/form-data; boundary=b", "no delimiter at all"));
        QVERIFY(!p.parse("multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunclosed"));
        QVERIFY(!p.parse("multipart/form-data; boundary=b", "--b\r\nX-Other: 1\r\n\r\nv\r\n--b--"));
        QVERIFY(!p.parse(
            "multipart/form-data; boundary=b", "--b\r\nbroken header line\r\n\r\nv\r\n--b--"));
    }

    void listHeadingsAndEmailIndex()
    {
        ActOnList l;
        l.id = u"l-0001"_s;
        l.addColumn(u"E-mail Address"_s);
        l.addColumn(u"First Name"_s);
        l.addColumn(u"Job Title"_s);
        QCOMPARE(l.emailColumn(), 0);
        QCOMPARE(l.columnOf(u"e-mail address"), 0);
        QCOMPARE(l.columnOf(u"EMAIL"), 0);
        QCOMPARE(l.columnOf(u"firstname"), 1);
        QCOMPARE(l.columnOf(u"TITLE"), 2);
        QCOMPARE(l.columnOf(u"Shoe Size"), -1);
        const quint32 a = l.append("Ann@X.com\x1f"
                                   "Ann",
            1);
        const quint32 b = l.append("ann@x.COM\x1f"
                                   "Dup",
            2);
        QCOMPARE(l.findByEmail(" ANN@x.com ")->seq, a);
        QVERIFY(l.remove(a));
        QCOMPARE(l.findByEmail("ann@x.com")->seq, b);
        QCOMPARE(l.size(), 1);
        QCOMPARE(l.values(*l.find(b)), (QStringList { u"ann@x.COM"_s, u"Dup"_s, QString() }));
        quint32 seq = 0;
        QVERIFY(l.parseRecordId(u"l-0001:1f"_s, &seq));
        QCOMPARE(seq, 0x1fu);
        QVERIFY(!l.parseRecordId(u"l-0002:1"_s, &seq));
        QVERIFY(!l.parseRecordId(u"l-0001:"_s, &seq));
        QCOMPARE(l.recordId(26), u"l-0001:1a"_s);
        // separators inside values never split a field
        QCOMPARE(ActOnList::join({ "a\x1f"
                                   "b",
                     "c" }),
            QByteArray("a b\x1f"
                       "c"));
    }
};

QTEST_GUILESS_MAIN(TestActOnParsers)
#include "tst_actonparsers.moc"
