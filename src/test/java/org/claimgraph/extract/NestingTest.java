package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NestingTest {

    private static Attribution attribution(int cueBegin, int contentBegin, int contentEnd) {
        return new Attribution(Optional.empty(), new CharSpan(cueBegin, cueBegin + 4), "say",
                List.of(new CharSpan(contentBegin, contentEnd)), QuoteKind.INDIRECT, 0);
    }

    @Test
    void anAttributionWhoseCueIsInsideAnothersContentIsReportedByTheInnermost() {
        Attribution outer = attribution(0, 10, 100);
        Attribution middle = attribution(20, 30, 90);
        Attribution inner = attribution(40, 50, 60);
        Map<Attribution, Attribution> reporters = Nesting.reporters(List.of(outer, middle, inner));
        assertSame(outer, reporters.get(middle));
        assertSame(middle, reporters.get(inner));
        assertEquals(2, reporters.size());
    }
}
