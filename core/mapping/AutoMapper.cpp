#include "core/mapping/AutoMapper.h"

#include "core/mapping/StandardFields.h"
#include "core/mapping/TypeCompatibility.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace LeadBridge {

namespace {

QString quoted(const QString &text)
{
    return u'\u201C' + text + u'\u201D';
}

// Splits "MailingPostalCode", "zip_code", "E-mail Address" into lower-case words, after
// dropping the CRM decorations that carry no meaning for a person.
QStringList tokens(const QString &name)
{
    QString s = name.trimmed();
    if (s.endsWith(QLatin1String("__c"), Qt::CaseInsensitive))
        s.chop(3);
    if (const qsizetype ns = s.lastIndexOf(QLatin1String("__")); ns >= 0)
        s = s.mid(ns + 2);
    if (s.startsWith(QLatin1String("cf_"), Qt::CaseInsensitive))
        s = s.mid(3);
    s.replace(
        QRegularExpression(QStringLiteral("e-mail"), QRegularExpression::CaseInsensitiveOption),
        QStringLiteral("email"));
    s.replace(QLatin1String("Act-On"), QLatin1String("ActOn"), Qt::CaseInsensitive);
    // Word boundaries: lower->Upper ("lastName") and acronym->Word ("URLField").
    static const QRegularExpression camel(
        QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    s.replace(camel, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    QStringList out;
    for (const auto &part : s.split(separators, Qt::SkipEmptyParts))
        out.append(part.toLower());
    return out;
}

const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> table = [] {
        const QList<QPair<QString, QStringList>> concepts = {
            { QStringLiteral("email"),
                { QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("email1"),
                    QStringLiteral("quickemail"), QStringLiteral("mail") } },
            { QStringLiteral("firstname"),
                { QStringLiteral("firstname"), QStringLiteral("givenname"), QStringLiteral("fname"),
                    QStringLiteral("forename") } },
            { QStringLiteral("middlename"), { QStringLiteral("middlename") } },
            { QStringLiteral("lastname"),
                { QStringLiteral("lastname"), QStringLiteral("surname"),
                    QStringLiteral("familyname"), QStringLiteral("lname") } },
            { QStringLiteral("company"),
                { QStringLiteral("company"), QStringLiteral("companyname"),
                    QStringLiteral("accountname"), QStringLiteral("organization"),
                    QStringLiteral("organisation"), QStringLiteral("quickaccountname"),
                    QStringLiteral("employer") } },
            { QStringLiteral("jobtitle"),
                { QStringLiteral("jobtitle"), QStringLiteral("title"),
                    QStringLiteral("position") } },
            { QStringLiteral("phone"),
                { QStringLiteral("phone"), QStringLiteral("businessphone"),
                    QStringLiteral("workphone"), QStringLiteral("phone1"),
                    QStringLiteral("telephone"), QStringLiteral("officephone"),
                    QStringLiteral("quickphone") } },
            { QStringLiteral("mobilephone"),
                { QStringLiteral("mobilephone"), QStringLiteral("mobile"),
                    QStringLiteral("cellphone"), QStringLiteral("cell"),
                    QStringLiteral("phone2") } },
            { QStringLiteral("street"),
                { QStringLiteral("street"), QStringLiteral("businessstreet"),
                    QStringLiteral("mailingstreet"), QStringLiteral("address"),
                    QStringLiteral("streetaddress"), QStringLiteral("address1") } },
            { QStringLiteral("city"),
                { QStringLiteral("city"), QStringLiteral("businesscity"),
                    QStringLiteral("mailingcity"), QStringLiteral("town") } },
            { QStringLiteral("state"),
                { QStringLiteral("state"), QStringLiteral("businessstate"),
                    QStringLiteral("mailingstate"), QStringLiteral("province"),
                    QStringLiteral("stateprovince"), QStringLiteral("region") } },
            { QStringLiteral("postalcode"),
                { QStringLiteral("postalcode"), QStringLiteral("zip"), QStringLiteral("zipcode"),
                    QStringLiteral("postcode"), QStringLiteral("businesspostalcode"),
                    QStringLiteral("mailingpostalcode"), QStringLiteral("zippostalcode") } },
            { QStringLiteral("country"),
                { QStringLiteral("country"), QStringLiteral("businesscountry"),
                    QStringLiteral("mailingcountry") } },
            { QStringLiteral("leadsource"),
                { QStringLiteral("leadsource"), QStringLiteral("source") } },
            { QStringLiteral("industry"), { QStringLiteral("industry") } },
            { QStringLiteral("optout"),
                { QStringLiteral("optout"), QStringLiteral("hasoptedoutofemail"),
                    QStringLiteral("emailoptout"), QStringLiteral("unsubscribed"),
                    QStringLiteral("isunsubscribed"), QStringLiteral("donotemail") } },
            { QStringLiteral("hardbounce"),
                { QStringLiteral("hardbounce"), QStringLiteral("emailbouncedreason"),
                    QStringLiteral("bouncereason") } },
            { QStringLiteral("score"),
                { QStringLiteral("score"), QStringLiteral("leadscore"),
                    QStringLiteral("behaviorscore"), QStringLiteral("actonscore"),
                    QStringLiteral("actonbehaviorscore") } },
        };
        QHash<QString, QString> t;
        for (const auto &[canonical, keys] : concepts) {
            for (const auto &key : keys)
                t.insert(key, canonical);
        }
        return t;
    }();
    return table;
}

// Words too common to say two names are alike ("Owner ID" is not "Email (External Id)").
QSet<QString> meaningful(const QStringList &words)
{
    static const QSet<QString> stop { QStringLiteral("id"), QStringLiteral("of"),
        QStringLiteral("the"), QStringLiteral("is"), QStringLiteral("has"), QStringLiteral("a"),
        QStringLiteral("external") };
    QSet<QString> out(words.cbegin(), words.cend());
    return out.subtract(stop);
}

double jaccard(const QStringList &a, const QStringList &b)
{
    const QSet<QString> sa = meaningful(a);
    const QSet<QString> sb = meaningful(b);
    if (sa.isEmpty() || sb.isEmpty())
        return 0.0;
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const qsizetype all = QSet<QString>(sa).unite(sb).size();
    return double(common) / double(all);
}

} // namespace

QString AutoMapper::normalisedKey(const QString &name)
{
    return tokens(name).join(QString());
}

QString AutoMapper::conceptOf(const QString &normalisedKey)
{
    return synonyms().value(normalisedKey);
}

double AutoMapper::score(
    const MarketingField &field, const CrmFieldDescriptor &crmField, CrmKind crm, QString *reason)
{
    const CrmValueKind kind = TypeCompatibility::valueKind(crm, crmField.type);
    if (kind == CrmValueKind::Reference || kind == CrmValueKind::Compound)
        return 0.0;
    const TypeVerdict verdict = TypeCompatibility::verdict(crm, kind, field.type);
    if (verdict == TypeVerdict::Incompatible)
        return 0.0;

    const QString fieldKey = normalisedKey(field.name);
    const QString apiKey = normalisedKey(crmField.apiName);
    const QString labelKey = normalisedKey(crmField.label);
    const QString fieldConcept = conceptOf(fieldKey);

    double confidence = 0.0;
    QString why;
    if (!fieldKey.isEmpty() && apiKey == fieldKey) {
        confidence = 0.95;
        why = tr("Same name as the CRM field %1.").arg(quoted(crmField.apiName));
    } else if (!fieldKey.isEmpty() && labelKey == fieldKey) {
        confidence = 0.90;
        why = tr("Same label as the CRM field %1.").arg(quoted(crmField.label));
    } else if (!fieldConcept.isEmpty()
        && (conceptOf(apiKey) == fieldConcept || conceptOf(labelKey) == fieldConcept)) {
        confidence = 0.85;
        why = tr("%1 and %2 usually hold the same data.")
                  .arg(quoted(field.name),
                      quoted(crmField.label.isEmpty() ? crmField.apiName : crmField.label));
    } else {
        const QStringList fieldTokens = tokens(field.name);
        const double similarity = std::max(jaccard(fieldTokens, tokens(crmField.apiName)),
            jaccard(fieldTokens, tokens(crmField.label)));
        if (similarity <= 0.0)
            return 0.0;
        confidence = 0.30 + 0.45 * similarity;
        why = tr("%1 and %2 have similar names.")
                  .arg(quoted(field.name),
                      quoted(crmField.label.isEmpty() ? crmField.apiName : crmField.label));
    }

    if (verdict == TypeVerdict::Lossy) {
        confidence *= 0.75;
        why += u' '
            + tr("The types only partly fit: %1.")
                  .arg(TypeCompatibility::explanation(kind, field.type));
    }
    // Prefer fields a push or create can write to over read-only ones.
    if (!crmField.updateable && !crmField.createable)
        confidence *= 0.9;
    if (reason)
        *reason = why;
    return confidence;
}

QList<MappingSuggestion> AutoMapper::suggest(
    const QList<MarketingField> &fields, const CrmObjectSchema &schema, const QStringList &excluded)
{
    struct Candidate
    {
        int fieldIndex;
        int crmIndex;
        double confidence;
        QString reason;
    };
    QSet<QString> excludedKeys;
    for (const auto &name : excluded)
        excludedKeys.insert(name.toCaseFolded());

    QList<Candidate> candidates;
    for (int f = 0; f < fields.size(); ++f) {
        for (int c = 0; c < schema.fields.size(); ++c) {
            const CrmFieldDescriptor &crmField = schema.fields.at(c);
            if (excludedKeys.contains(crmField.apiName.toCaseFolded()))
                continue;
            QString reason;
            const double confidence = score(fields.at(f), crmField, schema.crm, &reason);
            if (confidence > 0.0)
                candidates.append({ f, c, confidence, reason });
        }
    }
    // Best first; on a tie a standard CRM field beats a custom one, then schema order.
    std::stable_sort(
        candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
            if (a.confidence != b.confidence)
                return a.confidence > b.confidence;
            const bool aCustom = schema.fields.at(a.crmIndex).custom;
            const bool bCustom = schema.fields.at(b.crmIndex).custom;
            if (aCustom != bCustom)
                return !aCustom;
            return a.crmIndex < b.crmIndex;
        });

    QHash<int, Candidate> chosen;
    QSet<int> usedCrm;
    for (const auto &candidate : candidates) {
        if (chosen.contains(candidate.fieldIndex) || usedCrm.contains(candidate.crmIndex))
            continue;
        chosen.insert(candidate.fieldIndex, candidate);
        usedCrm.insert(candidate.crmIndex);
    }

    QList<MappingSuggestion> out;
    for (int f = 0; f < fields.size(); ++f) {
        const auto it = chosen.constFind(f);
        if (it == chosen.constEnd())
            continue;
        out.append({ fields.at(f).name, schema.object, schema.fields.at(it->crmIndex).apiName,
            it->confidence, it->reason });
    }
    return out;
}

AutoMapper::Result AutoMapper::autoMap(const FieldMap &map,
    const std::optional<CrmObjectSchema> &lead, const std::optional<CrmObjectSchema> &contact,
    double threshold)
{
    Result result { map, {}, {} };
    FieldMap &out = result.map;
    const CrmObjectType objects[] = { CrmObjectType::Lead, CrmObjectType::Contact };
    const auto setColumn = [](FieldMapRow &row, CrmObjectType object, const QString &apiName) {
        (object == CrmObjectType::Lead ? row.leadField : row.contactField) = apiName;
    };

    // 1. The standard pre-map: add missing rows, fill blank columns of existing ones.
    const FieldMap defaults = StandardFields::defaultMap(map.crm(), lead, contact);
    for (const auto &standardRow : defaults.rows()) {
        int index = out.indexOf(standardRow.marketing.name);
        if (index < 0) {
            FieldMapRow fresh = standardRow;
            fresh.leadField.clear();
            fresh.contactField.clear();
            index = out.addRow(fresh);
        }
        FieldMapRow row = out.row(index);
        for (auto object : objects) {
            const QString source = standardRow.crmField(object);
            if (source.isEmpty() || !row.crmField(object).isEmpty())
                continue;
            setColumn(row, object, source);
            result.applied.append({ row.marketing.name, object, source, 1.0,
                tr("Standard pre-map of %1.").arg(quoted(row.marketing.name)) });
        }
        out.updateRow(index, row);
    }

    // 2. Name/label/type suggestions for the columns still blank.
    for (auto object : objects) {
        const auto &schema = object == CrmObjectType::Lead ? lead : contact;
        if (!schema)
            continue;
        QList<MarketingField> blank;
        QStringList used;
        for (const auto &row : out.rows()) {
            if (row.crmField(object).isEmpty())
                blank.append(row.marketing);
            else
                used.append(row.crmField(object));
        }
        for (const auto &suggestion : suggest(blank, *schema, used)) {
            if (suggestion.confidence >= threshold) {
                const int index = out.indexOf(suggestion.marketingField);
                FieldMapRow row = out.row(index);
                setColumn(row, object, suggestion.crmField);
                out.updateRow(index, row);
                result.applied.append(suggestion);
            } else {
                result.pending.append(suggestion);
            }
        }
    }
    return result;
}

} // namespace LeadBridge
