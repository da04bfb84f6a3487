#pragma once

// The chart side of the import tests: the charts read from what an import stored.

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
