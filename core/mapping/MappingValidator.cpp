#include "core/mapping/MappingValidator.h"

#include "core/mapping/StandardFields.h"
#include "core/mapping/TypeCompatibility.h"

#include <QHash>

#include <algorithm>

namespace LeadBridge {

namespace {

using Severity = MappingIssue::Severity;
using Column = MappingIssue::Column;

MappingIssue issue(
    Severity severity, int row, Column column, const QString &code, const QString &message)
{
    return MappingIssue { severity, row, column, code, message };
}

Column columnFor(CrmObjectType object)
{
    return object == CrmObjectType::Lead ? Column::Lead : Column::Contact;
}

QString quoted(const QString &text)
{
    return u'\u201C' + text + u'\u201D';
}

// Fields LeadBridge fills itself on create, so a missing mapping is not a problem:
// owners are joined automatically, and a Pipeliner Lead's name is composed by the flow.
bool filledByLeadBridge(CrmKind crm, CrmObjectType object, const CrmFieldDescriptor &field)
{
    const CrmValueKind kind = TypeCompatibility::valueKind(crm, field.type);
    if (kind == CrmValueKind::Reference || kind == CrmValueKind::Compound)
        return true;
    return crm == CrmKind::Pipeliner && object == CrmObjectType::Lead
        && field.apiName == QLatin1String("name");
}

} // namespace

QList<MappingIssue> MappingValidator::validate(const FieldMap &map,
    const std::optional<CrmObjectSchema> &lead, const std::optional<CrmObjectSchema> &contact,
    FlowKind flowKind)
{
    QList<MappingIssue> mapIssues;
    QList<MappingIssue> rowIssues;
    const QString crmName = CrmKinds::displayName(map.crm());
    const auto objectName
        = [](CrmObjectType object) { return CrmKinds::objectDisplayName(object); };
    const auto schemaFor = [&](CrmObjectType object) -> const std::optional<CrmObjectSchema> & {
        return object == CrmObjectType::Lead ? lead : contact;
    };
    const CrmObjectType objects[] = { CrmObjectType::Lead, CrmObjectType::Contact };

    bool objectUsed[2] = { false, false };
    for (const auto &row : map.rows()) {
        objectUsed[0] = objectUsed[0] || !row.leadField.isEmpty();
        objectUsed[1] = objectUsed[1] || !row.contactField.isEmpty();
    }

    // Email must be mapped: Act-On keys contacts by email address.
    int emailRow = map.indexOfUsage(SystemUsage::Email);
    if (emailRow < 0) {
        for (int i = 0; i < map.rowCount(); ++i) {
            if (map.row(i).marketing.type == MarketingFieldType::Email) {
                emailRow = i;
                break;
            }
        }
    }
    if (emailRow < 0) {
        mapIssues.append(
            issue(Severity::Error, -1, Column::Marketing, QStringLiteral("email-not-mapped"),
                tr("The map has no email field. Add the standard field %1 and pick the %2 email "
                   "field as its source; Act-On identifies contacts by email address.")
                    .arg(quoted(QStringLiteral("E-mail Address")), crmName)));
    } else {
        const FieldMapRow &row = map.row(emailRow);
        if (!row.hasCrmSource()) {
            rowIssues.append(
                issue(Severity::Error, emailRow, Column::Lead, QStringLiteral("email-no-source"),
                    tr("%1 has no %2 source. Pick the email field in the Lead or Contact column "
                       "(usually %3).")
                        .arg(quoted(row.marketing.name), crmName,
                            quoted(StandardFields::defaultSource(
                                map.crm(), CrmObjectType::Contact, SystemUsage::Email)))));
        } else {
            for (auto object : objects) {
                if (objectUsed[int(object)] && row.crmField(object).isEmpty()) {
                    rowIssues.append(issue(Severity::Warning, emailRow, columnFor(object),
                        QStringLiteral("email-missing-object"),
                        tr("%1 has no %2 source, so %2 records cannot be matched to Act-On "
                           "contacts. Pick the %2 email field, or clear the other %2 "
                           "columns.")
                            .arg(quoted(row.marketing.name), objectName(object))));
                }
            }
        }
    }

    // At least one score field must reach the CRM for a CRM contact sync.
    if (flowKind == FlowKind::CrmContactSync) {
        bool scoreMapped = false;
        for (const auto &row : map.rows())
            scoreMapped = scoreMapped || (row.isScore() && row.hasCrmSource());
        if (!scoreMapped) {
            mapIssues.append(issue(Severity::Error, -1, Column::Marketing,
                QStringLiteral("score-not-mapped"),
                tr("No score field is mapped to %1. Add a Score field and pick a %1 number or "
                   "text field to receive it; if there is none, ask your %1 administrator to "
                   "create one (for example %2).")
                    .arg(crmName,
                        quoted(map.crm() == CrmKind::Pipeliner ? QStringLiteral("cf_acton_score")
                                                               : QStringLiteral("Score__c")))));
        }
    }

    // Rows, one by one.
    QHash<QString, int> firstByName;
    QHash<QString, QList<int>> rowsByCrmField[2];
    for (int i = 0; i < map.rowCount(); ++i) {
        const FieldMapRow &row = map.row(i);
        const QString name = row.marketing.name.trimmed();
        if (name.isEmpty()) {
            rowIssues.append(
                issue(Severity::Error, i, Column::Marketing, QStringLiteral("marketing-name-empty"),
                    tr("Row %1 has no marketing field. Choose a standard field or type a name for "
                       "a custom field, or remove the row.")
                        .arg(i + 1)));
        } else if (const auto it = firstByName.constFind(row.marketing.nameKey());
                   it != firstByName.constEnd()) {
            rowIssues.append(issue(Severity::Error, i, Column::Marketing,
                QStringLiteral("duplicate-marketing-field"),
                tr("%1 is mapped twice (rows %2 and %3). Remove one of the rows or give the "
                   "custom field another name.")
                    .arg(quoted(name), QString::number(*it + 1), QString::number(i + 1))));
        } else {
            firstByName.insert(row.marketing.nameKey(), i);
        }

        const bool pushes = map.effectiveAllowPush(row);
        for (auto object : objects) {
            const QString apiName = row.crmField(object);
            if (apiName.isEmpty())
                continue;
            rowsByCrmField[int(object)][apiName.toCaseFolded()].append(i);
            const auto &schema = schemaFor(object);
            if (!schema)
                continue;
            const Column column = columnFor(object);

            if (FieldMapRow::isRelationshipPath(apiName)) {
                const QString relationship = apiName.section(u'.', 0, 0);
                if (!schema->relationship(relationship)) {
                    rowIssues.append(
                        issue(Severity::Error, i, column, QStringLiteral("field-missing"),
                            tr("%1 field %2 (mapped to %3) no longer exists in %4: the %1 has no "
                               "%5 relationship. Pick another %1 field or clear the %1 column "
                               "before the next run.")
                                .arg(objectName(object), quoted(apiName), quoted(name), crmName,
                                    quoted(relationship))));
                } else if (row.isScore()) {
                    rowIssues.append(
                        issue(Severity::Error, i, column, QStringLiteral("score-not-updateable"),
                            tr("Score field %1 is mapped to %2 %3, which is read through a "
                               "related record and cannot receive the score. Pick an updateable "
                               "number or text field on the %2.")
                                .arg(quoted(name), objectName(object), quoted(apiName))));
                }
                continue;
            }

            const CrmFieldDescriptor *field = schema->field(apiName);
            if (!field) {
                rowIssues.append(issue(Severity::Error, i, column, QStringLiteral("field-missing"),
                    tr("%1 field %2 (mapped to %3) no longer exists in %4. Pick another %1 "
                       "field or clear the %1 column before the next run.")
                        .arg(objectName(object), quoted(apiName), quoted(name), crmName)));
                continue;
            }

            const CrmValueKind kind = TypeCompatibility::valueKind(map.crm(), field->type);
            const TypeVerdict verdict
                = TypeCompatibility::verdict(map.crm(), kind, row.marketing.type);
            const QString typeName = MarketingFieldTypes::displayName(row.marketing.type);
            if (verdict == TypeVerdict::Incompatible) {
                rowIssues.append(
                    issue(Severity::Error, i, column, QStringLiteral("type-incompatible"),
                        tr("%1 is a %2 field but %3 field %4 is of type %5: %6. Pick a matching "
                           "%3 field or change the data type of %1.")
                            .arg(quoted(name), typeName, objectName(object), quoted(field->apiName),
                                field->type,
                                TypeCompatibility::explanation(kind, row.marketing.type))));
            } else if (verdict == TypeVerdict::Lossy) {
                rowIssues.append(issue(Severity::Warning, i, column, QStringLiteral("type-lossy"),
                    tr("%1 (%2) is fed by %3 field %4 of type %5: %6. Check that this is "
                       "intended, or pick a field of a matching type.")
                        .arg(quoted(name), typeName, objectName(object), quoted(field->apiName),
                            field->type,
                            TypeCompatibility::explanation(kind, row.marketing.type))));
            }

            if (pushes && !field->updateable) {
                if (row.isScore()) {
                    rowIssues.append(
                        issue(Severity::Error, i, column, QStringLiteral("score-not-updateable"),
                            tr("Score field %1 is mapped to %2 field %3, which cannot be changed "
                               "through the %4 API, so the score can never be pushed. Pick an "
                               "updateable number or text field.")
                                .arg(quoted(name), objectName(object), quoted(field->apiName),
                                    crmName)));
                } else {
                    rowIssues.append(issue(Severity::Warning, i, Column::AllowPush,
                        QStringLiteral("not-updateable"),
                        tr("%1 field %2 cannot be changed through the %3 API, so Act-On changes "
                           "to %4 will not be pushed to it. Turn off Allow push for %4, or pick "
                           "an updateable field.")
                            .arg(objectName(object), quoted(field->apiName), crmName,
                                quoted(name))));
                }
            }
        }
    }

    // The same CRM field feeding several rows.
    for (auto object : objects) {
        for (auto it = rowsByCrmField[int(object)].cbegin();
             it != rowsByCrmField[int(object)].cend(); ++it) {
            const QList<int> &rows = it.value();
            if (rows.size() < 2)
                continue;
            QList<int> pushing;
            for (int r : rows) {
                if (map.effectiveAllowPush(r)
                    && !FieldMapRow::isRelationshipPath(map.row(r).crmField(object)))
                    pushing.append(r);
            }
            const QString apiName = map.row(rows.first()).crmField(object);
            for (int k = 1; k < rows.size(); ++k) {
                const int r = rows.at(k);
                const QString other = map.row(r).marketing.name;
                if (pushing.size() >= 2 && pushing.contains(r) && r != pushing.first()) {
                    const QString first = map.row(pushing.first()).marketing.name;
                    rowIssues.append(issue(Severity::Error, r, columnFor(object),
                        QStringLiteral("duplicate-crm-field-push"),
                        tr("%1 field %2 would receive pushes from both %3 and %4, and the last "
                           "one would win. Turn off Allow push on one of them or pick a "
                           "different %1 field.")
                            .arg(objectName(object), quoted(apiName), quoted(first),
                                quoted(other))));
                } else {
                    const QString first = map.row(rows.first()).marketing.name;
                    rowIssues.append(issue(Severity::Warning, r, columnFor(object),
                        QStringLiteral("duplicate-crm-field"),
                        tr("%1 field %2 feeds both %3 and %4; both will receive the same "
                           "value. Clear one of them if that is not intended.")
                            .arg(objectName(object), quoted(apiName), quoted(first),
                                quoted(other))));
                }
            }
        }
    }

    // CRM fields a create must fill but nothing feeds.
    for (auto object : objects) {
        const auto &schema = schemaFor(object);
        if (!schema || !objectUsed[int(object)])
            continue;
        for (const auto &field : schema->fields) {
            if (!field.isRequiredOnCreate() || filledByLeadBridge(map.crm(), object, field))
                continue;
            if (rowsByCrmField[int(object)].contains(field.apiName.toCaseFolded()))
                continue;
            mapIssues.append(issue(Severity::Warning, -1, columnFor(object),
                QStringLiteral("required-not-mapped"),
                tr("%1 field %2 must be filled when a %1 is created in %3, but no marketing "
                   "field is mapped to it, so creating %1 records will fail. Map a marketing "
                   "field to %2 in the %1 column.")
                    .arg(objectName(object),
                        quoted(field.label.isEmpty() ? field.apiName : field.label), crmName)));
        }
    }

    // Row issues sorted by row, keeping the order of checks within a row.
    std::stable_sort(rowIssues.begin(), rowIssues.end(),
        [](const MappingIssue &a, const MappingIssue &b) { return a.rowIndex < b.rowIndex; });
    return mapIssues + rowIssues;
}

bool MappingValidator::hasErrors(const QList<MappingIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const auto &i) { return i.isError(); });
}

QList<MappingIssue> MappingValidator::withCode(
    const QList<MappingIssue> &issues, const QString &code)
{
    QList<MappingIssue> out;
    for (const auto &i : issues) {
        if (i.code == code)
            out.append(i);
    }
    return out;
}

} // namespace LeadBridge
