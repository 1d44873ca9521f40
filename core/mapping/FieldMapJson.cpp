#include "core/mapping/FieldMapJson.h"

#include "core/mapping/StandardFields.h"
#include "core/util/WholeNumber.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace LeadBridge {

namespace {

QString quoted(const QString &text)
{
    return u'\u201C' + text + u'\u201D';
}

namespace Key {
const auto format = QStringLiteral("format");
const auto version = QStringLiteral("version");
const auto crm = QStringLiteral("crm");
const auto policy = QStringLiteral("policy");
const auto revision = QStringLiteral("revision");
const auto rows = QStringLiteral("rows");
const auto marketingField = QStringLiteral("marketingField");
const auto type = QStringLiteral("type");
const auto standard = QStringLiteral("standard");
const auto systemUsage = QStringLiteral("systemUsage");
const auto lead = QStringLiteral("lead");
const auto contact = QStringLiteral("contact");
const auto allowPush = QStringLiteral("allowPush");
const auto scoreName = QStringLiteral("scoreName");
} // namespace Key

} // namespace

QJsonObject FieldMapJson::toJsonObject(const FieldMap &map)
{
    QJsonArray rows;
    for (const auto &row : map.rows()) {
        QJsonObject r {
            { Key::marketingField, row.marketing.name },
            { Key::type, MarketingFieldTypes::toString(row.marketing.type) },
            { Key::standard, row.marketing.standard },
            { Key::systemUsage, SystemUsages::toString(row.marketing.usage) },
            { Key::lead, row.leadField },
            { Key::contact, row.contactField },
            { Key::allowPush, row.allowPush },
        };
        if (row.isScore())
            r.insert(Key::scoreName, row.scoreName);
        rows.append(r);
    }
    return QJsonObject {
        { Key::format, formatName() },
        { Key::version, FieldMap::kFormatVersion },
        { Key::crm, CrmKinds::toString(map.crm()) },
        { Key::policy, PushPolicies::toString(map.policy()) },
        { Key::revision, map.revision() },
        { Key::rows, rows },
    };
}

QByteArray FieldMapJson::toJson(const FieldMap &map)
{
    return QJsonDocument(toJsonObject(map)).toJson(QJsonDocument::Indented);
}

FieldMapJson::ImportResult FieldMapJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return { std::nullopt,
            { tr("The file is not valid JSON (%1 at character %2). Choose a field map "
                 "exported by LeadBridge, or repair the file and import it again.")
                    .arg(parseError.errorString())
                    .arg(parseError.offset) } };
    }
    if (!document.isObject()) {
        return { std::nullopt,
            { tr("The file does not contain a field map: a JSON object was expected at the top "
                 "level. Choose a field map exported by LeadBridge.") } };
    }
    return fromJsonObject(document.object());
}

FieldMapJson::ImportResult FieldMapJson::fromJsonObject(const QJsonObject &document)
{
    QStringList errors;

    const QJsonValue format = document.value(Key::format);
    if (format.toString() != formatName()) {
        // A wrong format means the rest cannot be trusted; stop here.
        return { std::nullopt,
            { tr("This is not a LeadBridge field map (format is %1, expected %2). Choose a "
                 "file exported from a flow's field map.")
                    .arg(quoted(format.isString() ? format.toString() : tr("missing")),
                        quoted(formatName())) } };
    }

    const QJsonValue version = document.value(Key::version);
    const std::optional<qint64> versionNumber
        = version.isDouble() ? wholeNumber(version.toDouble()) : std::nullopt;
    if (!versionNumber || *versionNumber < 1) {
        return { std::nullopt,
            { tr("The field map has no valid format version (expected a whole number such as "
                 "%1). Export it again from LeadBridge.")
                    .arg(FieldMap::kFormatVersion) } };
    }
    if (*versionNumber > FieldMap::kFormatVersion) {
        return { std::nullopt,
            { tr("This field map was written by a newer LeadBridge (format version %1; this "
                 "version reads up to %2). Update LeadBridge to import it.")
                    .arg(*versionNumber)
                    .arg(FieldMap::kFormatVersion) } };
    }

    bool ok = false;
    const QString crmText = document.value(Key::crm).toString();
    const CrmKind crm = CrmKinds::fromString(crmText, &ok);
    if (!ok) {
        errors.append(tr("Unknown CRM %1: expected %2 or %3.")
                          .arg(quoted(crmText), quoted(QStringLiteral("salesforce")),
                              quoted(QStringLiteral("pipeliner"))));
    }
    PushPolicy policy = PushPolicy::TwoWay;
    if (document.contains(Key::policy)) {
        const QString policyText = document.value(Key::policy).toString();
        policy = PushPolicies::fromString(policyText, &ok);
        if (!ok) {
            errors.append(tr("Unknown push policy %1: expected %2 or %3.")
                              .arg(quoted(policyText), quoted(QStringLiteral("two-way")),
                                  quoted(QStringLiteral("crm-to-marketing"))));
        }
    }

    FieldMap map(crm, policy);
    map.setRevision(document.value(Key::revision).toInt(0));

    const QJsonValue rowsValue = document.value(Key::rows);
    if (!rowsValue.isArray()) {
        errors.append(tr("The field map has no list of rows (%1). Export it again from "
                         "LeadBridge.")
                          .arg(quoted(Key::rows)));
        return { std::nullopt, errors };
    }

    QHash<QString, int> firstRowByName;
    const QJsonArray rows = rowsValue.toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const int number = i + 1;
        if (!rows.at(i).isObject()) {
            errors.append(tr("Row %1 is not a JSON object.").arg(number));
            continue;
        }
        const QJsonObject r = rows.at(i).toObject();
        const int errorsBefore = int(errors.size());

        MarketingField field;
        field.name = r.value(Key::marketingField).toString().trimmed();
        if (field.name.isEmpty())
            errors.append(tr("Row %1 has no marketing field name (%2).")
                              .arg(number)
                              .arg(quoted(Key::marketingField)));

        const QString typeText = r.value(Key::type).toString();
        field.type = MarketingFieldTypes::fromString(typeText, &ok);
        if (!ok) {
            errors.append(tr("Row %1 (%2) has an unknown data type %3; use one of boolean, "
                             "date, datetime, text, number, score, email, multi-text.")
                              .arg(number)
                              .arg(quoted(field.name), quoted(typeText)));
        }

        const QJsonValue standard = r.value(Key::standard);
        if (!standard.isUndefined() && !standard.isBool())
            errors.append(tr("Row %1 (%2): %3 must be true or false.")
                              .arg(number)
                              .arg(quoted(field.name), quoted(Key::standard)));
        field.standard = standard.toBool(false);

        const QString usageText = r.value(Key::systemUsage).toString(QStringLiteral("none"));
        field.usage = SystemUsages::fromString(usageText, &ok);
        if (!ok)
            errors.append(tr("Row %1 (%2) has an unknown system usage %3.")
                              .arg(number)
                              .arg(quoted(field.name), quoted(usageText)));

        if (field.standard && !field.name.isEmpty()) {
            const auto known = StandardFields::byName(field.name);
            if (!known) {
                errors.append(tr("Row %1 says %2 is an Act-On standard field, but there is no "
                                 "standard field of that name. Set %3 to false to import it "
                                 "as a custom field.")
                                  .arg(number)
                                  .arg(quoted(field.name), quoted(Key::standard)));
            } else if (known->type != field.type && errors.size() == errorsBefore) {
                errors.append(
                    tr("Row %1: the standard field %2 has the data type %3, not %4.")
                        .arg(number)
                        .arg(quoted(field.name), MarketingFieldTypes::displayName(known->type),
                            MarketingFieldTypes::displayName(field.type)));
            }
        }

        for (const auto &key : { Key::lead, Key::contact, Key::scoreName }) {
            const QJsonValue v = r.value(key);
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                errors.append(tr("Row %1 (%2): %3 must be text.")
                                  .arg(number)
                                  .arg(quoted(field.name), quoted(key)));
        }
        const QJsonValue allowPush = r.value(Key::allowPush);
        if (!allowPush.isUndefined() && !allowPush.isBool())
            errors.append(tr("Row %1 (%2): %3 must be true or false.")
                              .arg(number)
                              .arg(quoted(field.name), quoted(Key::allowPush)));

        if (!field.name.isEmpty()) {
            const auto it = firstRowByName.constFind(field.nameKey());
            if (it != firstRowByName.constEnd()) {
                errors.append(tr("Row %1 repeats the marketing field %2 of row %3. Remove one "
                                 "of them and import again.")
                                  .arg(QString::number(number), quoted(field.name),
                                      QString::number(*it)));
            } else {
                firstRowByName.insert(field.nameKey(), number);
            }
        }

        FieldMapRow row;
        row.marketing = field;
        row.leadField = r.value(Key::lead).toString();
        row.contactField = r.value(Key::contact).toString();
        row.allowPush = allowPush.toBool(true);
        row.scoreName = r.value(Key::scoreName).toString();
        map.addRow(row);
    }

    if (!errors.isEmpty())
        return { std::nullopt, errors };
    return { map, {} };
}

} // namespace LeadBridge
