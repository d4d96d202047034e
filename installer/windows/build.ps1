# Builds the Windows installers of WMX Topup Counter with jpackage from JDK 25:
#   pwsh installer/windows/build.ps1        -> target/installer/WMX Topup Counter-<version>.msi and .exe
#   pwsh installer/windows/build.ps1 msi    -> only the .msi
# Needs a JDK 25 (JAVA_HOME) and the WiX Toolset on PATH (jpackage uses it for both types: the
# .exe wraps the same .msi). Needs PowerShell 7 (pwsh). Never run on the project's Linux machines;
# every flag was checked against the JDK 25 jpackage help text and man page (installer/README.md).
param([ValidateSet('all', 'msi', 'exe')] [string] $Type = 'all')
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# Fixed for ever: Windows Installer recognises a newer .msi/.exe as an upgrade of an installed
# version only through this code, and then replaces it in place (data is not in the install folder).
$UpgradeUuid = '42527bc9-b383-4c2e-aefc-4e01e33d0ed3'

$jdk = $env:JAVA_HOME
if (-not $jdk -or -not (Test-Path "$jdk\bin\jpackage.exe")) { throw 'JAVA_HOME must point to a JDK 25 with jpackage.exe' }
if (-not (& "$jdk\bin\java.exe" -version 2>&1 | Select-String '"25')) { throw "JAVA_HOME ($jdk) is not a JDK 25" }

# The pom's javafx-windows profile (activated by the OS) copies JavaFX's Windows jars.
if ($env:SKIP_MAVEN -ne '1') {
  & .\mvnw.cmd -B -q package -DskipTests
  if ($LASTEXITCODE -ne 0) { throw 'mvnw package failed' }
}
if (-not (Test-Path target\javafx-mods\javafx-graphics-win.jar)) {
  throw 'target\javafx-mods holds no Windows JavaFX (javafx-graphics-win.jar): was the build made on Windows?'
}
$version = ((Get-Content target\classes\wmx-version.properties | Where-Object { $_ -like 'version=*' }) -replace '^version=', '') -replace '-SNAPSHOT$', ''

$appInput = 'target\jpackage-input'
Remove-Item -Recurse -Force $appInput, target\installer -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$appInput\lib" | Out-Null
Copy-Item target\wmx-topup-counter.jar $appInput
# JavaFX goes into the runtime image as modules; everything else stays on the class path.
Get-ChildItem target\lib\*.jar | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$appInput\lib"

# 1. The application image: runtime, jars, the window launcher and a console launcher.
$imageRoot = 'target\app-image'
$imageArgs = @(
  '--type', 'app-image',
  '--name', 'WMX Topup Counter',
  '--app-version', $version,
  '--vendor', 'WMX Topup',
  '--description', 'Point-of-sale and admin console for digital top-ups',
  '--icon', 'installer\icons\wmx-topup-counter.ico',
  '--input', $appInput,
  '--main-jar', 'wmx-topup-counter.jar',
  '--main-class', 'com.wmxtopup.counter.bootstrap.Launcher',
  '--module-path', 'target\javafx-mods',
  '--add-modules', 'java.se,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management,javafx.controls,javafx.fxml,javafx.swing',
  '--jlink-options', '--strip-debug --no-header-files --no-man-pages --compress zip-6',
  '--java-options', '--enable-native-access=javafx.graphics,ALL-UNNAMED',
  # Start-up on two cores: fewer JIT compilations while the window opens (docs/benchmarks.md#start-up).
  '--java-options', '-XX:CompileThresholdScaling=10',
  # A second, console launcher for --headless, --backup, --restore and --migrate-to: the window
  # launcher has no console, so what those print would be lost.
  '--add-launcher', 'wmx-topup-counter-console=installer\windows\console-launcher.properties',
  '--dest', $imageRoot
)
Remove-Item -Recurse -Force $imageRoot -ErrorAction SilentlyContinue
& "$jdk\bin\jpackage.exe" @imageArgs
if ($LASTEXITCODE -ne 0) { throw 'jpackage --type app-image failed' }
$image = Join-Path $imageRoot 'WMX Topup Counter'

# 2. A JDK 25 AOT cache (JEP 483/514), as installer/linux/build.sh makes one: a training start of
# the image itself in demo mode on a data folder that a first start made, which closes its window
# once it is open (-Dwmx.exit-when-open: TrainingRun; the JDK writes the cache at that normal
# exit). Both launchers' .cfg files then name it ($APPDIR is the image's app folder). $env:AOT =
# '0' skips it; a failed training leaves the image without a cache (it starts without, only
# slower).
$cfgs = @("$image\app\WMX Topup Counter.cfg", "$image\app\wmx-topup-counter-console.cfg")
$cache = '$APPDIR\wmx-topup-counter.aot'
$aotFile = "$image\app\wmx-topup-counter.aot"
function Add-JavaOption([string] $cfg, [string] $option) {
  $lines = [System.Collections.Generic.List[string]] (Get-Content $cfg)
  $at = $lines.IndexOf('[JavaOptions]')
  if ($at -lt 0) { throw "$cfg has no [JavaOptions] section" }
  $lines.Insert($at + 1, "java-options=$option")
  Set-Content -Path $cfg -Value $lines -Encoding utf8NoBOM
}
function Remove-JavaOption([string] $cfg, [string] $prefix) {
  Set-Content -Path $cfg -Value (Get-Content $cfg | Where-Object { $_ -notlike "java-options=$prefix*" }) -Encoding utf8NoBOM
}
# Two starts on one data folder, each closing itself once $marker is logged. The first makes the
# demo store (migrations, the demo catalog, owner and drawer, the welcome on the settings); the
# second, on that store, is an ordinary start like every later one of an installed console, and the
# JDK writes the cache at its normal exit. Trained on a first start the cache held about 1,000
# classes more, and a cache's classes are all loaded at every start.
function Invoke-Training([string] $launcher, [string[]] $launcherArgs, [string] $marker) {
  $cfg = "$image\app\$launcher.cfg"
  $data = Join-Path ([IO.Path]::GetTempPath()) ("wmx-training-" + [guid]::NewGuid())
  Add-JavaOption $cfg '-Dwmx.exit-when-open=true'
  try {
    foreach ($start in @('first', 'training')) {
      if ($start -eq 'training') { Add-JavaOption $cfg "-XX:AOTCacheOutput=$cache" }
      $process = Start-Process -FilePath "$image\$launcher.exe" -PassThru `
        -ArgumentList (@('--demo', '--port', '0', '--data-dir', "`"$data`"") + $launcherArgs)
      if (-not $process.WaitForExit(180000)) { Stop-Process -Id $process.Id -Force }
    }
    # The log is appended to: both starts got there when it says so twice.
    $log = Join-Path $data 'logs\wmx-topup-counter.log'
    return (Test-Path $aotFile) -and (Test-Path $log) -and (@(Select-String -Path $log -SimpleMatch $marker).Count -ge 2)
  } finally {
    Remove-JavaOption $cfg '-XX:AOTCacheOutput='
    Remove-JavaOption $cfg '-Dwmx.exit-when-open='
    Remove-Item -Recurse -Force $data -ErrorAction SilentlyContinue
  }
}

if ($env:AOT -ne '0') {
  $trained = ''
  if (Invoke-Training 'WMX Topup Counter' @() 'Console window open') {
    $trained = 'the window'
  } else {
    Remove-Item -Force $aotFile -ErrorAction SilentlyContinue
    if (Invoke-Training 'wmx-topup-counter-console' @('--headless') 'Listening on') { $trained = 'headless' }
  }
  if ($trained) {
    foreach ($cfg in $cfgs) { Add-JavaOption $cfg "-XX:AOTCache=$cache" }
    Write-Host "AOT cache trained on $($trained): $([math]::Round((Get-Item $aotFile).Length / 1MB)) MB"
  } else {
    Remove-Item -Force $aotFile -ErrorAction SilentlyContinue
    Write-Warning 'AOT cache not made (the training start did not get there); the image works without it.'
  }
}

# 3. The installers, from that image.
$packageArgs = @(
  '--app-image', $image,
  '--name', 'WMX Topup Counter',
  '--app-version', $version,
  '--vendor', 'WMX Topup',
  '--description', 'Point-of-sale and admin console for digital top-ups',
  # Per user: no administrator needed; installed under %LOCALAPPDATA%, while the data stays in
  # %APPDATA%\WMX Topup Counter (DataDirectory), so an upgrade or uninstall never touches it.
  '--win-per-user-install',
  '--win-menu', '--win-menu-group', 'WMX Topup',
  '--win-shortcut',
  '--win-upgrade-uuid', $UpgradeUuid,
  '--dest', 'target\installer'
)
$types = if ($Type -eq 'all') { @('msi', 'exe') } else { @($Type) }
foreach ($t in $types) {
  & "$jdk\bin\jpackage.exe" --type $t @packageArgs
  if ($LASTEXITCODE -ne 0) { throw "jpackage --type $t failed" }
}
Get-ChildItem target\installer
