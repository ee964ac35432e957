// Live sliders: where JavaScript runs, a change re-ranks the stories without a button press. The form
// is a plain GET form, so without JavaScript "Apply" does the same by loading the page.
(function () {
  "use strict";
  var form = document.getElementById("sliders");
  if (!form || !window.fetch || !window.DOMParser) {
    return;
  }
  var pending = null;
  function query() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name === "topics") {
        var current = params.get("topics");
        params.set("topics", current ? current + "," + value : value);
      } else {
        params.set(name, value);
      }
    });
    if (!params.has("topics")) {
      params.set("topics", "");
    }
    return params.toString();
  }
  function refresh() {
    var url = form.getAttribute("action") + "?" + query();
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    fetch(url, { credentials: "same-origin", signal: pending.signal })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("stories");
        var current = document.getElementById("stories");
        if (next && current) {
          current.replaceWith(next);
          history.replaceState(null, "", url);
          var share = form.querySelector("a.share");
          if (share) {
            share.setAttribute("href", url);
          }
        }
      })
      .catch(function () { /* aborted by a newer change, or offline: the Apply button still works */ });
  }
  form.addEventListener("input", function (event) {
    var output = form.querySelector("output[for='" + event.target.id + "']");
    if (output) {
      output.textContent = event.target.value;
    }
  });
  form.addEventListener("change", refresh);
  form.classList.add("live");
})();
