// Accept All or Reject All run by LibreOffice itself on a .docx, the result saved as text: a Basic macro in a
// profile of its own (there is no Python-UNO here), run by `soffice --headless macro:///…`.
import {execFile} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Revise(inPath As String, outPath As String, action As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), &quot;_blank&quot;, 0, args())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  If action = &quot;accept&quot; Then
    dispatcher.executeDispatch(frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Else
    dispatcher.executeDispatch(frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text (encoded)&quot;
  doc.storeToURL(ConvertToURL(outPath), out())
  doc.close(True)
End Sub
</script:module>
`

/** A LibreOffice profile with the macro in it (made once per test file: LibreOffice fills in the rest on first start). */
async function profile(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'synoptic-lo-macro-'))
  await run('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--terminate_after_init'], {timeout: 180_000})
  const basic = join(dir, 'user/basic/Standard')
  mkdirSync(basic, {recursive: true})
  writeFileSync(join(basic, 'Module1.xba'), MACRO)
  return dir
}

let shared: Promise<string> | undefined

/** The paragraphs of `docx` after LibreOffice accepts (or rejects) every tracked change. */
export async function reviseAll(docx: string, action: 'accept' | 'reject'): Promise<Array<string>> {
  shared ??= profile()
  const dir = await shared
  const out = join(mkdtempSync(join(tmpdir(), 'synoptic-lo-out-')), `${action}.txt`)
  await run('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', `macro:///Standard.Module1.Revise("${docx}","${out}","${action}")`], {timeout: 180_000})
  return readFileSync(out, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)
}

/** A text file LibreOffice made from a document (no revisions), as paragraphs. */
export async function textOf(file: string): Promise<Array<string>> {
  shared ??= profile()
  const dir = await shared
  const outDir = mkdtempSync(join(tmpdir(), 'synoptic-lo-txt-'))
  await run('soffice', [`-env:UserInstallation=file://${dir}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', outDir, file], {timeout: 180_000})
  return readFileSync(join(outDir, file.split('/').at(-1)!.replace(/\.[^.]+$/u, '.txt')), 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)
}
