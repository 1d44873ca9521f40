#pragma once

#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/MappingIssue.h"
#include "core/model/Flow.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace LeadBridge {

/// The rows of one flow's field map for the mapping editor's table: marketing field, type,
/// CRM Lead field, CRM Contact field and allow push. Every edit re-runs MappingValidator,
/// so each cell carries its issues (icon and tooltip) and issuesChanged() feeds the banner.
/// Keeps the last saved map to tell whether there are unsaved changes.
class FieldMapTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MarketingColumn,
        TypeColumn,
        LeadColumn,
        ContactColumn,
        AllowPushColumn,
        /// Score rows: the Act-On score sheet whose score fills the CRM field (seed 004).
        ScoreSheetColumn,
        ColumnCount
    };
    enum Role {
        /// Highest severity of the cell's issues: -1 none, 0 error, 1 warning (int).
        IssueSeverityRole = Qt::UserRole + 1,
        /// True for Score rows.
        IsScoreRole,
        /// True for Act-On standard fields.
        IsStandardRole,
        /// The account's score sheets, for the score sheet picker (QStringList).
        ScoreSheetsRole,
    };

    explicit FieldMapTableModel(QObject *parent = nullptr);

    /// Shows @p map and takes it as the saved state (no unsaved changes).
    void setMap(const FieldMap &map);
    /// The map as edited.
    const FieldMap &map() const { return m_map; }
    /// Replaces the rows and policy with @p map's, keeping the saved state (Auto-map,
    /// Import): the editor then shows unsaved changes.
    void replaceMap(const FieldMap &map);
    /// Takes the current map (with @p savedMap's revision) as saved.
    void markSaved(const FieldMap &savedMap);
    /// Goes back to the saved map.
    void revert();
    /// True when the map differs from the saved one.
    bool isModified() const;

    /// The live CRM schemas (from describe); without one, the checks needing it are skipped.
    void setSchemas(
        const std::optional<CrmObjectSchema> &lead, const std::optional<CrmObjectSchema> &contact);
    /// The live schema of @p object, if known.
    const std::optional<CrmObjectSchema> &schema(CrmObjectType object) const;
    /// Which flow kind the map belongs to (CRM contact sync needs a score field).
    void setFlowKind(FlowKind kind);
    FlowKind flowKind() const { return m_flowKind; }

    /// The Act-On account's score sheets (live look-up), offered for Score rows.
    void setScoreSheets(const QStringList &sheets);
    /// Why the score sheets could not be looked up (shown on Score rows' sheet cells).
    void setScoreSheetsError(const QString &sentence) { m_scoreSheetsError = sentence; }
    const QStringList &scoreSheets() const { return m_scoreSheets; }
    /// What a Score row's sheet cell shows for @p sheet (empty: the default sheet).
    static QString scoreSheetText(const QString &sheet);

    /// Sets the default push policy.
    void setPolicy(PushPolicy policy);
    /// Appends @p row; returns its row number.
    int addMapRow(const FieldMapRow &row);
    /// Sets the @p object source of row @p row.
    bool setSource(int row, CrmObjectType object, const QString &apiName);

    /// Issues of the current map, as MappingValidator found them.
    const QList<MappingIssue> &issues() const { return m_issues; }
    /// The issues shown on the cell (@p row, @p column).
    QList<MappingIssue> issuesAt(int row, int column) const;
    /// The table column an issue points at.
    static int columnOf(const MappingIssue &issue);
    /// The object of a source column (LeadColumn -> Lead, ContactColumn -> Contact).
    static CrmObjectType objectOf(int column)
    {
        return column == ContactColumn ? CrmObjectType::Contact : CrmObjectType::Lead;
    }
    /// "Label (ApiName) — type" for a picker entry.
    static QString choiceText(const CrmFieldDescriptor &field);
    /// What a source cell shows for @p apiName: "Label (ApiName)" when the schema knows
    /// the field, else the API name.
    QString sourceText(CrmObjectType object, const QString &apiName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    /// The validation result changed (after every edit).
    void issuesChanged();
    /// Whether there are unsaved changes changed.
    void modifiedChanged(bool modified);

private:
    void changed();
    void revalidate();
    QString allowPushTooltip(const FieldMapRow &row) const;

    FieldMap m_map;
    FieldMap m_saved;
    std::optional<CrmObjectSchema> m_lead;
    std::optional<CrmObjectSchema> m_contact;
    FlowKind m_flowKind = FlowKind::CrmContactSync;
    QList<MappingIssue> m_issues;
    QStringList m_scoreSheets;
    QString m_scoreSheetsError;
    bool m_modified = false;
};

} // namespace LeadBridge
