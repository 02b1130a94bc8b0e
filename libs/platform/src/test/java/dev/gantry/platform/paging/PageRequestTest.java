package dev.gantry.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "start", "startDate");

    @Test
    void orderByNamesTheAttributesInTheirOrderWithTheAlias() {
        PageRequest request = PageRequest.of(0, 20, List.of("start,desc", "name"), SORTABLE, "name,asc");
        assertThat(request.orderBy("t")).isEqualTo("t.startDate desc, t.name asc");
        assertThat(request.orderBy(null)).isEqualTo("startDate desc, name asc");
        assertThat(PageRequest.of(0, 20, null, SORTABLE, "name,asc").orderBy("p")).isEqualTo("p.name asc");
        assertThat(new PageRequest(0, 20, null).orderBy("t")).isEmpty();
    }

    @Test
    void theOffsetOfAPagePastAnyEndDoesNotOverflow() {
        assertThat(PageRequest.of(3, 50, null, SORTABLE, "name").offset()).isEqualTo(150);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 200, null, SORTABLE, "name").offset()).isEqualTo(Integer.MAX_VALUE);
    }
}
