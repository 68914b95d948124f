// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importplan.h"

#include <QHash>
#include <QWizard>

#include <functional>
#include <optional>

namespace ps {
class Document;

/// What the wizard's pages share: the file, how it reads, the mapping, the plan and the result.
/// Nothing here touches the portfolio until the import page pushes the one undo step.
struct ImportSession {
    Document *document = nullptr;
    QString path;
    QByteArray bytes;
    QString fileError;                     ///< reading failed: one sentence naming the file
    std::optional<csv::Encoding> encoding; ///< the user's choice; detected when empty
    std::optional<QChar> delimiter;        ///< the user's choice; detected when empty
    std::optional<csv::Table> table;       ///< the parsed file
    int tableGeneration = 0;               ///< bumped whenever the table is read again
    import::Kind kind = import::Kind::Partners;
    import::Preset preset = import::Preset::Auto;
    import::Mapping mapping;
    int mappingGeneration = -1; ///< tableGeneration the mapping was built for
    import::Kind mappingKind = import::Kind::Partners;
    std::vector<import::ColumnTarget> autoTargets; ///< what automatic matching chose, per column
    import::ImportPlan plan;
    bool planReady = false;
    QHash<int, import::DuplicateAction> chosenActions; ///< the user's duplicate answers by line
    bool skipInvalid = false;
    std::optional<import::ImportChanges> changes; ///< set once the import was pushed
    /// Deals: the opportunity-partner export (Salesforce) read beside the deals file.
    QString partnersPath;
    QString partnersError;                   ///< reading it failed: one sentence naming the file
    std::optional<csv::Table> partnersTable; ///< the parsed file
    import::Mapping partnersMapping;         ///< Kind::DealPartners
    /// The second file the plan reads, if any (deals with an opportunity-partner file).
    import::LinkedFile linkedFile() const;
};

/**
 * File > Import: a CSV export (Salesforce, HubSpot, Partnerscope or any layout) becomes partners,
 * ICPs, influence links, deals or activities of the open portfolio, in six or seven steps: file
 * (encoding, delimiter, preview; for deals, the opportunity-partner export beside it), column
 * mapping with presets and the day/month order of dates, the partner model of every CRM Type
 * value (partners) or the outcome of every stage and the attribution rule (deals) or the kind
 * of every activity type (activities), duplicates (update, skip, merge or add), the validation
 * report by line with what is new, changed and unchanged, and the import itself, which is one
 * undo step. Reading and validating big files shows a progress dialog that can cancel;
 * cancelling the wizard at any step before Import leaves the portfolio unchanged.
 */
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        FilePageId,
        MappingPageId,
        ValuesPageId,
        DuplicatesPageId,
        ValidationPageId,
        ImportPageId,
        RulesPageId, ///< stages and attribution (deals), activity kinds (activities)
    };

    explicit ImportWizard(Document *document, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Reads `path` (as if chosen with Browse or dropped on the window) and shows its preview.
    void setFilePath(const QString &path);
    /// Reads the opportunity-partner export of a deals import; an empty path clears it.
    void setPartnersFilePath(const QString &path);
    ImportSession &session() { return m_session; }

    /// Replaces the file dialog of the Browse button (tests); returns an empty path to cancel.
    void setChooseFile(std::function<QString(QWidget *)> chooser) {
        m_chooseFile = std::move(chooser);
    }
    QString chooseFile();

    /// Reads the file again with the current encoding and delimiter choices.
    bool readFile();
    /// (Re)builds the mapping for the current table, kind and preset.
    void rebuildMapping();
    /// Maps and validates every row and finds duplicates, with a progress dialog; false when
    /// cancelled (nothing changed, the previous plan is kept unless it no longer applies).
    bool rebuildPlan();
    /// Whether the Type values page applies (partners with a column mapped to Model).
    bool hasValuesStep() const;
    /// Whether the rules page applies (deals; activities with a Kind column).
    bool hasRulesStep() const;
    /// The page after the mapping: values, rules or duplicates.
    int pageAfterMapping() const;

    /// Runs `work` with a cancellable progress dialog; false when the user cancelled.
    bool runWithProgress(const QString &label,
                         const std::function<bool(const csv::Progress &)> &work);

private:
    ImportSession m_session;
    std::function<QString(QWidget *)> m_chooseFile;
};

} // namespace ps
