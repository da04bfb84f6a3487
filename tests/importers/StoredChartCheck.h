#pragma once

// The chart side of the import tests, in a file of its own: the charts' AmountUnit and the importers'
// AmountUnit cannot meet in one translation unit.

namespace innoatlas {
class Database;
}

namespace innoatlas::test {

/**
 * Verifies (QTest) that the pieces are fresh and that charts read from the stored pieces equal the
 * charts counted from every line the database holds. Check QTest::currentTestFailed() after it.
 */
void compareStoredChartsWithEveryLine(Database &database);

} // namespace innoatlas::test
