# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"1\\_bp softmax" 0.92 0.0557 NaN
"2\\_ff goodness\\_every\\_label" 13.94 0 NaN
"2\\_ff one\\_pass\\_softmax" 4.28 0 NaN
"2\\_ff\\_first\\_block0.5 goodness\\_every\\_label" 5.5067 0.5181 NaN
"2\\_ff\\_first\\_block0.5 one\\_pass\\_softmax" 2.27 0.0985 NaN
"2\\_ff\\_pattern goodness\\_every\\_label" 39.2 0 NaN
"2\\_ff\\_pattern one\\_pass\\_softmax" 5.93 0 NaN
"3\\_symba goodness\\_every\\_label" 2.8333 0.3911 NaN
"3\\_symba one\\_pass\\_softmax" 2.7333 0.3402 NaN
"4\\_local\\_head softmax" 0.99 0.1054 NaN
"5\\_fa softmax" 2.4667 0.165 NaN
"6\\_sign\\_symmetry softmax" 1.2667 0.0208 NaN
"7\\_dfa softmax" 2.1067 0.0971 NaN
"8\\_drtp softmax" 6.1333 0.2194 NaN
"9\\_pepita (diverged)" NaN 0 NaN
"9\\_pepita\\_conv\\_update\\_official (diverged)" NaN 0 NaN
"9\\_pepita\\_conv\\_update\\_official\\_lr0.0003 softmax" 25.9967 4.3716 NaN
"9\\_pepita\\_conv\\_update\\_official\\_lr0.001 softmax" 18.7 0 NaN
"9\\_pepita\\_lr0.0001 softmax" 88.65 0 NaN
EOD
set terminal svg size 900,606 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [18.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
set terminal pngcairo size 900,606 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [18.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
set terminal pdfcairo size 7in,3.17in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [18.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:100]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
