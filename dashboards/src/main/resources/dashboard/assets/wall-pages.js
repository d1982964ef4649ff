"use strict";
/* The five pages of the wall. Each renderer fills the page element from the API's answer and returns the charts it
   made, so that the rotation can dispose of them. Sizes are taken from the viewport (1vh = 1% of its height). */
window.LrisPages = (() => {
  const F = window.LrisFormat;
  const COLORS = { met: "#2fc36b", at_risk: "#f5b324", breached: "#ff5a5f", no_data: "#7d8a9c", no_target: "#7d8a9c" };
  const TEXT = "#eef3fa";
  const MUTED = "#9fb0c8";
  const FONT = "LRIS Sans";
  const vh = (value) => Math.round(window.innerHeight * value / 100);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function chart(container) {
    return echarts.init(container, null, { renderer: "canvas" });
  }

  function empty(page, message) {
    page.appendChild(element("div", "empty", message));
    return [];
  }

  /* ---------- 1. the province at a glance ---------- */
  function overview(page, data) {
    if (!data.indicators.length) {
      return empty(page, "Chưa có số liệu chỉ tiêu nào trong kỳ báo cáo cho tài khoản này.");
    }
    const levels = F.levelOrder.filter((level) => data.indicators.some((indicator) => indicator.levels.some((l) => l.level === level)));
    const columns = data.indicators.length > 8 ? 2 : 1;
    const rows = Math.ceil(data.indicators.length / columns);
    const wrapper = element("div", "overview-page");
    wrapper.appendChild(element("p", "overview-note",
      "Mỗi ô: tỷ lệ đạt được lũy kế · chênh lệch so với mục tiêu (điểm %) · mục tiêu (MT) · số đơn vị chưa đạt / số đơn vị của cấp"));
    const root = element("div", "overview");
    root.style.setProperty("--columns", columns);
    root.style.setProperty("--rows", rows);
    root.style.setProperty("--levels", levels.length);
    root.style.setProperty("--name-width", columns === 2 ? "30%" : "34%");
    const rowHeight = 76 / rows;
    root.style.setProperty("--value-size", `${Math.min(4.2, rowHeight * 0.4).toFixed(2)}vh`);
    root.style.setProperty("--small-size", `${Math.min(2.2, Math.max(1.5, rowHeight * 0.19)).toFixed(2)}vh`);
    root.style.setProperty("--name-size", `${Math.min(2.4, Math.max(1.6, rowHeight * 0.21)).toFixed(2)}vh`);
    for (let column = 0; column < columns; column++) {
      const list = element("div", "overview-column");
      const heading = element("div", "overview-heading");
      heading.appendChild(element("span", null, "Chỉ tiêu"));
      levels.forEach((level) => heading.appendChild(element("span", null, F.levelLabel(level))));
      list.appendChild(heading);
      data.indicators.slice(column * rows, (column + 1) * rows).forEach((indicator) => list.appendChild(tile(indicator, levels)));
      root.appendChild(list);
    }
    wrapper.appendChild(root);
    page.appendChild(wrapper);
    return [];
  }

  function tile(indicator, levels) {
    const node = element("article", "tile");
    node.dataset.indicator = indicator.code;
    node.appendChild(element("h2", "tile-name", indicator.name));
    for (const level of levels) {
      const figures = indicator.levels.find((candidate) => candidate.level === level);
      node.appendChild(figures ? levelCell(figures) : element("div", "level missing", ""));
    }
    return node;
  }

  function levelCell(figures) {
    const cell = element("div", `level status-${figures.status}`);
    cell.dataset.level = figures.level;
    cell.dataset.status = figures.status;
    cell.title = F.statusLabel(figures.status);
    cell.appendChild(element("span", "value", F.percent(figures.valuePct)));
    cell.appendChild(element("span", "gap", F.gap(figures.gapPct)));
    cell.appendChild(element("span", "target", `MT ${F.percent(figures.targetPct)}`));
    const short = figures.atRisk + figures.breached;
    cell.appendChild(element("span", "units", figures.units > 1 ? `${short}/${figures.units}` : F.statusShort(figures.status)));
    return cell;
  }

  /* ---------- 2. the map of the districts ---------- */
  function map(page, data, context) {
    if (!data.indicator) {
      return empty(page, "Chưa có số liệu của các huyện trong kỳ báo cáo.");
    }
    const root = element("div", "map-page");
    const mapElement = element("div", "map-chart");
    mapElement.id = "district-map";
    const side = element("aside", "map-side");
    root.append(mapElement, side);
    page.appendChild(root);

    const byCode = new Map(data.districts.map((district) => [district.code, district]));
    const features = context.geojson.features;
    const rows = features.map((feature) => {
      const code = feature.properties.code;
      const successor = data.successors[code];
      const figures = byCode.get(code) || (successor ? byCode.get(successor) : undefined);
      const merged = !byCode.has(code) && successor && figures;
      const label = F.shortUnitName(feature.properties.name) + (merged ? "*" : "");
      return { code, name: feature.properties.name, label, figures, visible: byCode.has(code) || merged };
    });
    const shown = rows.filter((row) => row.visible);

    side.appendChild(element("h2", null, data.indicator.name));
    const target = data.districts.find((district) => district.targetPct !== null);
    side.appendChild(element("p", "target-line", target ? `Mục tiêu cấp huyện: ${F.percent(target.targetPct)}` : "Chưa có mục tiêu"));
    const counts = element("div", "status-counts");
    for (const status of ["met", "at_risk", "breached", "no_data"]) {
      const count = data.districts.filter((district) => (status === "no_data" ? ["no_data", "no_target"].includes(district.status)
        : district.status === status)).length;
      const box = element("div", `status-count status-${status}`);
      box.appendChild(element("b", null, String(count)));
      box.appendChild(element("span", null, `huyện ${F.statusLabel(status).toLowerCase()}`));
      counts.appendChild(box);
    }
    side.appendChild(counts);
    const merges = rows.filter((row) => !byCode.has(row.code) && data.successors[row.code]);
    merges.forEach((row) => side.appendChild(element("p", "map-note",
      `* ${row.name} đã nhập vào ${byCode.get(data.successors[row.code])?.name || data.successors[row.code]}: vùng này tô theo số liệu của đơn vị mới.`)));
    side.appendChild(element("p", "map-note", "Màu theo mức đạt chỉ tiêu lũy kế kỳ báo cáo năm; số trên bản đồ là tỷ lệ đạt được."));

    echarts.registerMap("quang-nam", context.geojson);
    const instance = chart(mapElement);
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: FONT },
      series: [{
        type: "map", map: "quang-nam", roam: false, selectedMode: false, layoutCenter: ["50%", "50%"], layoutSize: "96%",
        itemStyle: { borderColor: "#0a1220", borderWidth: 1.5, areaColor: "#1b2638" },
        emphasis: { disabled: true },
        label: {
          show: true, color: TEXT, fontFamily: FONT, fontSize: vh(1.45), lineHeight: vh(1.8), textBorderColor: "#0a1220", textBorderWidth: 3,
          formatter: (params) => {
            const row = rows.find((candidate) => candidate.name === params.name);
            return row && row.visible ? `${row.label}\n{value|${F.percent(row.figures.valuePct)}}` : "";
          },
          rich: { value: { fontFamily: FONT, fontSize: vh(1.9), fontWeight: "bold", color: TEXT, textBorderColor: "#0a1220", textBorderWidth: 3 } },
        },
        data: rows.map((row) => ({
          name: row.name,
          value: row.visible ? row.figures.valuePct : null,
          itemStyle: { areaColor: row.visible ? COLORS[row.figures.status] : "#1b2638", opacity: row.visible ? 0.9 : 0.4 },
        })),
      }],
    });
    page.dataset.districts = String(shown.length);
    return [instance];
  }

  /* ---------- 3. rankings of districts and communes, worst first ---------- */
  function ranking(page, data) {
    if (!data.indicator) {
      return empty(page, "Chưa có số liệu để xếp hạng trong kỳ báo cáo.");
    }
    const root = element("div", "ranking");
    root.appendChild(element("h2", null, `${data.indicator.name} — thấp nhất ở trên cùng`));
    const districtPanel = element("section", "ranking-panel");
    const communePanel = element("section", "ranking-panel");
    root.append(districtPanel, communePanel);
    page.appendChild(root);
    const charts = [];
    const district = rankingPanel(districtPanel, data.districts, "Cấp huyện", "huyện");
    if (district) {
      charts.push(district);
    }
    const commune = rankingPanel(communePanel, data.communes, "Cấp xã", "xã");
    if (commune) {
      charts.push(commune);
    }
    return charts;
  }

  function rankingPanel(panel, units, levelLabel, noun) {
    const short = units.filter((unit) => unit.status === "at_risk" || unit.status === "breached").length;
    const heading = element("h3");
    panel.appendChild(heading);
    if (!units.length) {
      heading.textContent = `${levelLabel}: không có số liệu`;
      return null;
    }
    const container = element("div", "ranking-chart");
    panel.appendChild(container);
    const fits = Math.max(5, Math.floor(window.innerHeight * 0.66 / vh(3.3)));
    const shown = units.slice(0, fits);
    heading.textContent = shown.length < units.length
      ? `${levelLabel}: ${shown.length} ${noun} thấp nhất / ${units.length} — ${short} ${noun} chưa đạt`
      : `${levelLabel}: ${units.length} ${noun} — ${short} chưa đạt`;
    panel.dataset.units = String(shown.length);
    const target = units.find((unit) => unit.targetPct !== null)?.targetPct;
    const instance = chart(container);
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: FONT },
      grid: { left: 0, right: vh(8), top: vh(1), bottom: vh(1), containLabel: true },
      xAxis: { type: "value", min: 0, max: 100, show: false },
      yAxis: {
        type: "category", inverse: true,
        data: shown.map((unit) => F.shortUnitName(unit.name) + (unit.districtName ? ` (${F.shortUnitName(unit.districtName)})` : "")),
        axisLabel: { color: TEXT, fontFamily: FONT, fontSize: vh(1.75), width: window.innerWidth * 0.17, overflow: "truncate" },
        axisLine: { show: false }, axisTick: { show: false },
      },
      series: [{
        type: "bar", barCategoryGap: "28%",
        data: shown.map((unit) => ({ value: unit.valuePct, itemStyle: { color: COLORS[unit.status] } })),
        label: { show: true, position: "right", color: TEXT, fontFamily: FONT, fontSize: vh(1.75), fontWeight: "bold",
          formatter: (params) => F.percent(params.value) },
        markLine: target === undefined ? undefined : {
          symbol: "none", silent: true, lineStyle: { color: TEXT, type: "dashed", width: 2 },
          label: { formatter: `MT ${F.percent(target)}`, color: TEXT, fontFamily: FONT, fontSize: vh(1.6) },
          data: [{ xAxis: target }],
        },
      }],
    });
    return instance;
  }

  /* ---------- 4. trends by month against the target ---------- */
  function trends(page, data, context) {
    const indicators = data.indicators.filter((indicator) => indicator.levels[context.trendLevel]);
    if (!indicators.length) {
      return empty(page, "Chưa có số liệu theo tháng của kỳ báo cáo năm.");
    }
    const chunk = indicators.slice(context.trendChunk * context.trendChunkSize, (context.trendChunk + 1) * context.trendChunkSize);
    const columns = chunk.length > 2 ? 3 : chunk.length;
    const root = element("div", "trends");
    root.style.setProperty("--columns", columns);
    root.style.setProperty("--rows", Math.ceil(chunk.length / columns));
    page.appendChild(root);
    const charts = [];
    const year = String(data.year);
    const previous = String(data.previousYear);
    const months = Array.from({ length: 12 }, (_, index) => `T${index + 1}`);
    for (const indicator of chunk) {
      const series = indicator.levels[context.trendLevel];
      const box = element("section", "trend");
      box.dataset.indicator = indicator.code;
      box.appendChild(element("h3", null, indicator.name));
      const container = element("div", "trend-chart");
      box.appendChild(container);
      root.appendChild(box);
      const instance = chart(container);
      const target = series.targets[year] ?? series.targets[previous];
      instance.setOption({
        animation: false,
        textStyle: { fontFamily: FONT },
        legend: { top: 0, right: 0, itemWidth: vh(2.2), itemHeight: vh(1), textStyle: { color: MUTED, fontFamily: FONT, fontSize: vh(1.4) } },
        grid: { left: vh(0.5), right: vh(1.5), top: vh(3.2), bottom: vh(0.5), containLabel: true },
        xAxis: { type: "category", data: months, axisLabel: { color: MUTED, fontFamily: FONT, fontSize: vh(1.3), interval: 1 },
          axisLine: { lineStyle: { color: "#33445e" } } },
        yAxis: { type: "value", min: (extent) => Math.max(0, Math.floor((extent.min - 5) / 10) * 10),
          max: (extent) => Math.min(100, Math.ceil((extent.max + 5) / 10) * 10), splitNumber: 3,
          axisLabel: { color: MUTED, fontFamily: FONT, fontSize: vh(1.3) },
          splitLine: { lineStyle: { color: "#1d2a3f" } } },
        series: [
          { name: previous, type: "line", data: series.values[previous] || [], symbol: "none", connectNulls: false,
            lineStyle: { color: "#7f8fa8", width: vh(0.3), type: "dashed" }, itemStyle: { color: "#7f8fa8" } },
          { name: year, type: "line", data: series.values[year] || [], symbol: "circle", symbolSize: vh(0.8), connectNulls: false,
            lineStyle: { color: "#4aa3ff", width: vh(0.45) }, itemStyle: { color: "#4aa3ff" } },
          { name: `Mục tiêu ${target === undefined || target === null ? "" : F.percent(target)}`, type: "line",
            data: target === undefined || target === null ? [] : months.map(() => target), symbol: "none",
            lineStyle: { color: "#ff5a5f", width: vh(0.25), type: [6, 4] }, itemStyle: { color: "#ff5a5f" } },
        ],
      });
      charts.push(instance);
    }
    return charts;
  }

  /* ---------- 5. the latest breaches and their target's source ---------- */
  function breaches(page, data) {
    if (!data.breaches.length) {
      return empty(page, "Không có vi phạm mục tiêu nào trong kỳ báo cáo tháng gần nhất.");
    }
    const root = element("div", "breaches");
    const wrapper = element("div", "breach-table-wrapper");
    const table = element("table", "breach-table");
    const head = element("thead");
    const headRow = element("tr");
    const columns = [["Mức độ", "10%"], ["Đơn vị", "16%"], ["Chỉ tiêu", "25%"], ["Giá trị", "7%", "number"], ["Mục tiêu", "7%", "number"],
      ["Chênh lệch", "8%", "number"], ["Kỳ liên tiếp", "8%", "number"], ["Nguồn mục tiêu", "19%"]];
    for (const [label, width, className] of columns) {
      const cell = element("th", className, label);
      cell.style.width = width;
      headRow.appendChild(cell);
    }
    head.appendChild(headRow);
    const body = element("tbody");
    for (const breach of data.breaches) {
      const row = element("tr");
      row.dataset.unit = breach.unitCode;
      row.dataset.indicator = breach.indicatorCode;
      const severity = element("td");
      severity.appendChild(element("span", `severity severity-${breach.severity}`, F.severityLabel(breach.severity)));
      row.appendChild(severity);
      const unit = element("td");
      unit.appendChild(element("span", null, breach.unitName));
      if (breach.districtName && breach.level === "commune") {
        unit.appendChild(element("span", "unit-district", breach.districtName));
      }
      row.appendChild(unit);
      row.appendChild(clamped("td", breach.indicatorName));
      row.appendChild(element("td", "number", F.percent(breach.valuePct)));
      row.appendChild(element("td", "number", F.percent(breach.targetPct)));
      row.appendChild(element("td", "number gap", F.gap(breach.gapPct)));
      row.appendChild(element("td", "number", String(breach.consecutivePeriods)));
      row.appendChild(clamped("td", breach.sourceDocument, "source"));
      body.appendChild(row);
    }
    table.append(head, body);
    wrapper.appendChild(table);
    const more = element("p", "breaches-more");
    root.append(wrapper, more);
    page.appendChild(root);
    while (body.rows.length > 1 && table.offsetHeight > wrapper.clientHeight) {
      body.deleteRow(body.rows.length - 1);
    }
    const hidden = data.total - body.rows.length;
    more.textContent = hidden > 0 ? `… và ${hidden} vi phạm khác (tổng ${data.total}; danh sách đầy đủ trong báo cáo vi phạm)`
      : `Tổng ${data.total} vi phạm`;
    page.dataset.rows = String(body.rows.length);
    return [];
  }

  function clamped(tag, text, className) {
    const cell = element(tag, className);
    cell.appendChild(element("span", "clamp", text));
    return cell;
  }

  return { overview, map, ranking, trends, breaches };
})();
