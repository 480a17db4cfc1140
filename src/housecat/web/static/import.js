// Read a picked monitors file into the text box, which the form sends.
document.getElementById("import-file").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (file) document.getElementById("import-text").value = await file.text();
});
