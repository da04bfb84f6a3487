// innoatlas-packaging-tool: build-time helper for installation files; not installed.
//   icon SVG SIZE PNG               render the SVG icon to a SIZE x SIZE PNG
//   guide MARKDOWN HTML LANG TITLE  turn a user-guide Markdown file into a stand-alone HTML page (MarkdownToHtml)
// It uses the Qt modules the program already needs (Gui, Svg), so packaging adds no tool to install.

#include "MarkdownToHtml.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "innoatlas-packaging-tool: " << message << Qt::endl;
    return 1;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

int renderIcon(const QString &svgPath, const QString &sizeText, const QString &pngPath)
{
    bool ok = false;
    const int size = sizeText.toInt(&ok);
    if (!ok || size < 8 || size > 1024)
        return fail(QStringLiteral("%1: the size must be a number of pixels from 8 to 1024").arg(sizeText));
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid())
        return fail(QStringLiteral("%1: not a valid SVG file").arg(svgPath));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(pngPath, "PNG"))
        return fail(QStringLiteral("%1: cannot write the image").arg(pngPath));
    return 0;
}

// A small style sheet for reading in a browser; the guide only uses headings, paragraphs, lists,
// tables, code and links.
const char *const guideStyle = R"(
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", sans-serif; line-height: 1.6;
       max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1b1b1b; background: #ffffff; }
h1, h2, h3 { line-height: 1.25; color: #0b3a80; }
code, pre { font-family: "Noto Sans Mono CJK KR", monospace; background: #f2f4f8; }
pre { padding: 0.6em 0.8em; overflow-x: auto; }
table { border-collapse: collapse; }
td, th { border: 1px solid #c8ccd4; padding: 0.25em 0.6em; vertical-align: top; }
@media (prefers-color-scheme: dark) {
  body { color: #e8e8e8; background: #1e1f22; } h1, h2, h3 { color: #8fb8ff; }
  code, pre { background: #2b2d31; } td, th { border-color: #4a4d55; } a { color: #8fb8ff; } }
)";

int convertGuide(const QString &markdownPath, const QString &htmlPath, const QString &language, const QString &title)
{
    QFile input(markdownPath);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(markdownPath, input.errorString()));
    const QString body = MarkdownToHtml().convert(QString::fromUtf8(input.readAll()));
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                        "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n%4\n</body>\n</html>\n")
                             .arg(language, title.toHtmlEscaped(), QString::fromLatin1(guideStyle), body);
    if (!writeFile(htmlPath, page.toUtf8()))
        return fail(QStringLiteral("%1: cannot write the page").arg(htmlPath));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Needs no display: the offscreen platform gives QPainter what it needs. Its notice about
    // XDG_RUNTIME_DIR on build machines is noise here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "default.warning=false");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("icon"))
        return renderIcon(arguments.at(2), arguments.at(3), arguments.at(4));
    if (arguments.size() == 6 && arguments.at(1) == QLatin1String("guide"))
        return convertGuide(arguments.at(2), arguments.at(3), arguments.at(4), arguments.at(5));
    return fail(QStringLiteral("usage: innoatlas-packaging-tool icon SVG SIZE PNG | guide MARKDOWN HTML LANG TITLE"));
}
