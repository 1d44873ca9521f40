// ActOnCsvStream: Act-On list downloads read record by record. The stream cuts fields straight
// out of its buffer; these tests hold it to the byte-by-byte reading it replaced (the
// reference below) on chosen cases and on random input, read whole and in pieces of a few
// bytes, so that every buffer edge falls everywhere.
#include "core/connectors/acton/ActOnCsv.h"
#include "core/connectors/acton/ActOnCsvStream.h"
#include "tests/support/CsvNoise.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <cstring>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// What a read gave: the records, then the error it stopped on (empty at a clean end).
struct Reading
{
    QList<QStringList> rows;
    QString error;
    bool operator==(const Reading &) const = default;
};

/// The byte reader the stream was before: a quote opens quoting only as a field's first byte,
/// "" inside quotes is one quote, CR, LF and CRLF end a record, a record of one empty field is
/// a blank line and skipped, a document BOM is dropped.
Reading referenceRead(const QByteArray &csv)
{
    Reading out;
    QStringList record;
    QByteArray field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = csv.size();
    qsizetype i = csv.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    auto endField = [&] {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        record.append(decode(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        if (!(record.size() == 1 && record.first().isEmpty()))
            out.rows.append(record);
        record.clear();
    };
    while (i < n) {
        const char c = csv.at(i++);
        if (inQuotes) {
            if (c == '"') {
                if (i < n && csv.at(i) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!fieldStarted && field.isEmpty()) {
                inQuotes = true;
                fieldStarted = true;
                quoteLine = line;
            } else {
                field.append(c);
            }
            break;
        case ',':
            endField();
            break;
        case '\r':
            if (i < n && csv.at(i) == '\n')
                ++i;
            Q_FALLTHROUGH();
        case '\n':
            endField();
            ++line;
            endRecord();
            break;
        default:
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        out.error = u"unterminated quoted field starting on line %1"_s.arg(quoteLine);
    } else if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        endField();
        endRecord();
    }
    return out;
}

/// A pipe that hands out at most a few bytes at a time, as a slow download would.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, quint32 seed)
        : m_data(std::move(data))
        , m_random(seed)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return qMin<qint64>(m_data.size() - m_at, m_next) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>({ max, qint64(m_data.size() - m_at), m_next });
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        m_next = m_random.bounded(1, 8);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_at = 0;
    qint64 m_next = 3;
    QRandomGenerator m_random;
};

Reading streamRead(QIODevice *device, bool skipping = false)
{
    Reading out;
    ActOnCsvStream stream(device);
    if (skipping) {
        while (stream.skip())
            out.rows.append(QStringList());
    } else {
        for (QStringList row; stream.next(&row);)
            out.rows.append(row);
    }
    out.error = stream.error();
    return out;
}

Reading streamRead(const QByteArray &csv, bool skipping = false)
{
    QBuffer device;
    device.setData(csv);
    device.open(QIODevice::ReadOnly);
    return streamRead(&device, skipping);
}

QString describe(const Reading &r)
{
    QStringList rows;
    for (const QStringList &row : r.rows)
        rows.append(u"["_s + row.join(u'|') + u"]"_s);
    return rows.join(u' ') + u" error: "_s + r.error;
}

bool same(const Reading &a, const Reading &b, QString *why)
{
    if (a == b)
        return true;
    *why = describe(a) + u"  against  "_s + describe(b);
    return false;
}

} // namespace

class TestActOnCsvStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecords_data();
    void readsRecords();
    void agreesWithTheByteReaderOnRandomInput();
    void longFieldsAcrossManyReads();
    void writtenRowsReadBack();
};

void TestActOnCsvStream::readsRecords_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("error");
    using Rows = QList<QStringList>;
    QTest::newRow("empty") << QByteArray() << Rows {} << QString();
    QTest::newRow("only a bom") << "\xEF\xBB\xBF"_ba << Rows {} << QString();
    QTest::newRow("blank lines") << "\n\r\n\r\"\"\n\r\n"_ba << Rows {} << QString();
    QTest::newRow("list download")
        << "\xEF\xBB\xBF\"Record ID\",E-mail Address\r\nl-1:1,ann@x.com\r\nl-1:2,bo@x.com\r\n"_ba
        << Rows { { u"Record ID"_s, u"E-mail Address"_s }, { u"l-1:1"_s, u"ann@x.com"_s },
               { u"l-1:2"_s, u"bo@x.com"_s } }
        << QString();
    QTest::newRow("empty fields") << "a,,\r\n,\r\n"_ba
                                  << Rows { { u"a"_s, u""_s, u""_s }, { u""_s, u""_s } }
                                  << QString();
    QTest::newRow("quoted comma and breaks")
        << "\"x,y\",\"one\r\ntwo\nthree\"\n"_ba << Rows { { u"x,y"_s, u"one\r\ntwo\nthree"_s } }
        << QString();
    QTest::newRow("doubled quotes")
        << "\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << Rows { { u"say \"hi\""_s, u"\""_s } } << QString();
    QTest::newRow("quote inside a bare field")
        << "ab\"c,d\"\"e\n"_ba << Rows { { u"ab\"c"_s, u"d\"\"e"_s } } << QString();
    QTest::newRow("text after the closing quote")
        << "\"ab\"cd\"\"e,f\n"_ba << Rows { { u"abcd\"\"e"_s, u"f"_s } } << QString();
    QTest::newRow("lone cr ends a record")
        << "a\rb\r"_ba << Rows { { u"a"_s }, { u"b"_s } } << QString();
    QTest::newRow("no final break") << "a,b"_ba << Rows { { u"a"_s, u"b"_s } } << QString();
    QTest::newRow("comma at the end") << "a,"_ba << Rows { { u"a"_s, u""_s } } << QString();
    QTest::newRow("quoted empty at the end") << "a\n\"\""_ba << Rows { { u"a"_s } } << QString();
    QTest::newRow("unterminated on line 4") << "h\n\"two\nlines\",x\n\"open,\nmore"_ba
                                            << Rows { { u"h"_s }, { u"two\nlines"_s, u"x"_s } }
                                            << u"unterminated quoted field starting on line 4"_s;
    QTest::newRow("unterminated after a cr line")
        << "a\r\rb,\"c"_ba << Rows { { u"a"_s } }
        << u"unterminated quoted field starting on line 3"_s;
    QTest::newRow("utf-8") << "Zoë,\"Müller\",東京\n"_ba
                           << Rows { { u"Zoë"_s, u"Müller"_s, u"東京"_s } } << QString();
    QTest::newRow("byte order mark inside kept")
        << "\xEF\xBB\xBF\xEF\xBB\xBFId,\"\xEF\xBB\xBFx\"\n"_ba
        << Rows { { QString(QChar(0xFEFF)) + u"Id"_s, QString(QChar(0xFEFF)) + u"x"_s } }
        << QString();
    // The byte reader dropped a field's cut-off last character without a trace.
    QTest::newRow("cut-off character shown")
        << "a\xC3,\xC3\xA9\n"_ba << Rows { { u"a\uFFFD"_s, u"é"_s } } << QString();
}

void TestActOnCsvStream::readsRecords()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, error);
    const Reading expected { rows, error };
    QString why;
    QVERIFY2(same(streamRead(csv), expected, &why), qPrintable(why));
    TrickleDevice trickle(csv, 7);
    QVERIFY2(same(streamRead(&trickle), expected, &why), qPrintable(u"in pieces: "_s + why));
    const Reading skipped = streamRead(csv, true);
    QCOMPARE(skipped.rows.size(), rows.size());
    QCOMPARE(skipped.error, error);
    if (QByteArray(QTest::currentDataTag()) != "cut-off character shown")
        QVERIFY2(same(referenceRead(csv), expected, &why), qPrintable(u"reference: "_s + why));
    QList<QStringList> parsed;
    QString parseError;
    QCOMPARE(ActOnCsv::parse(csv, &parsed, &parseError), error.isEmpty());
    QCOMPARE(parseError, error);
    if (error.isEmpty())
        QCOMPARE(parsed, rows);
}

void TestActOnCsvStream::agreesWithTheByteReaderOnRandomInput()
{
    QRandomGenerator random(20261207);
    qsizetype bytes = 0;
    int failures = 0;
    for (int round = 0; round < 20000; ++round) {
        const QByteArray csv = CsvNoise::next(random);
        bytes += csv.size();
        const Reading expected = referenceRead(csv);
        failures += expected.error.isEmpty() ? 0 : 1;
        const QString input = QString::fromLatin1(csv.toPercentEncoding());
        QString why;
        QVERIFY2(same(streamRead(csv), expected, &why), qPrintable(input + u": "_s + why));
        TrickleDevice trickle(csv, quint32(round));
        QVERIFY2(same(streamRead(&trickle), expected, &why),
            qPrintable(input + u" in pieces: "_s + why));
        const Reading skipped = streamRead(csv, true);
        QVERIFY2(skipped.rows.size() == expected.rows.size() && skipped.error == expected.error,
            qPrintable(input + u": skip() counts "_s + QString::number(skipped.rows.size())));
    }
    QVERIFY(bytes > 500'000);
    QVERIFY(failures > 1000 && failures < 19000); // both ends of the reader are exercised
}

void TestActOnCsvStream::longFieldsAcrossManyReads()
{
    // A quoted field far longer than one read, with doubled quotes and a CRLF and a UTF-8
    // character at every spacing: read in pieces it is still one field.
    QByteArray body;
    QString text;
    for (int i = 0; i < 200000; ++i) {
        const int kind = i % 7;
        body += kind == 0 ? "\"\""_ba : kind == 3 ? "\r\n"_ba : kind == 5 ? "é"_ba : "q"_ba;
        text += kind == 0 ? u"\""_s : kind == 3 ? u"\r\n"_s : kind == 5 ? u"é"_s : u"q"_s;
    }
    const QByteArray csv = "Record ID,Note\r\n1,\""_ba + body + "\"\r\n2,last\r\n"_ba;
    const Reading expected {
        { { u"Record ID"_s, u"Note"_s }, { u"1"_s, text }, { u"2"_s, u"last"_s } }, QString()
    };
    QString why;
    QVERIFY2(same(streamRead(csv), expected, &why), qPrintable(why.left(300)));
    TrickleDevice trickle(csv, 11);
    QVERIFY2(same(streamRead(&trickle), expected, &why), qPrintable(why.left(300)));
    QCOMPARE(streamRead(csv, true).rows.size(), 3);
}

void TestActOnCsvStream::writtenRowsReadBack()
{
    const QList<QStringList> rows { { u"Record ID"_s, u"Note"_s }, { u" pad "_s, u"a,b"_s },
        { u"say \"hi\""_s, u"two\nlines"_s }, { QString(QChar(0xFEFF)) + u"x"_s, u"Zoë"_s } };
    QByteArray csv;
    for (const QStringList &row : rows)
        ActOnCsv::appendRow(csv, row);
    QString why;
    QVERIFY2(same(streamRead(csv), Reading { rows, QString() }, &why), qPrintable(why));
}

QTEST_APPLESS_MAIN(TestActOnCsvStream)
#include "tst_actoncsvstream.moc"
