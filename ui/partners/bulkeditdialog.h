// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace ps {
class Document;

/// Sets the model, status and/or tier of several partners at once. Only the checked fields
/// change; applying is one undo step.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit BulkEditDialog(int partnerCount, QWidget *parent = nullptr);

    /// Checks a field and picks its value by key (model key "" = needs classification).
    void setModelKey(const QString &key);
    void setStatusKey(const QString &key);
    void setTierKey(const QString &key);

    /// Applies the checked fields to `partners`. Returns false when nothing changed.
    bool apply(Document &document, const QList<Id> &partners) const;

private:
    void updateOk();

    QCheckBox *m_modelCheck;
    QComboBox *m_model;
    QCheckBox *m_statusCheck;
    QComboBox *m_status;
    QCheckBox *m_tierCheck;
    QComboBox *m_tier;
    class QPushButton *m_ok = nullptr;
};

} // namespace ps
