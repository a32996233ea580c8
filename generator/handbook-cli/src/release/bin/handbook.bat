@echo off
rem handbook from its release archive. It needs only a Java 17+ runtime: %JAVA_HOME%\bin\java.exe, or else java on the PATH.
setlocal
set "HANDBOOK_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
rem A build takes seconds: the C1 JIT, the serial collector and JRuby's interpreter start faster than they lose.
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djruby.compile.mode=OFF %HANDBOOK_JAVA_OPTS% -jar "%HANDBOOK_HOME%\lib\handbook.jar" %*
exit /b %ERRORLEVEL%
