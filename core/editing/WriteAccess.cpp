#include "editing/WriteAccess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace innoatlas {

bool WriteAccess::canWrite(const QString &path, QString *reason)
{
    const QFileInfo file(path);
    const auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) != 0) {
        if (errno == EROFS)
            return refuse(QCoreApplication::translate("WriteAccess", "the file is on a read-only medium"));
        return refuse(QCoreApplication::translate("WriteAccess", "the file's permissions do not allow changes"));
    }
    if (::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) != 0)
        return refuse(QCoreApplication::translate("WriteAccess", "its folder cannot be written"));
    return true;
}

} // namespace innoatlas
