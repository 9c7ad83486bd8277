# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"1\\_bp softmax" 1.44 0.0557 NaN
"2\\_ff goodness\\_every\\_label" 2.01 0.1345 NaN
"2\\_ff one\\_pass\\_softmax" 1.8833 0.0971 NaN
"3\\_ff\\_symba goodness\\_every\\_label" 82.0233 3.2986 NaN
"3\\_ff\\_symba one\\_pass\\_softmax" 9.3333 0.358 NaN
"4\\_local\\_head softmax" 1.5967 0.0351 NaN
"5\\_drtp softmax" 90.0333 0.2715 NaN
"6\\_drtp\\_tanh softmax" 5.0033 0.0493 NaN
"7\\_dfa softmax" 4.8333 0.168 NaN
"8\\_pepita softmax" 5.4733 0.0896 NaN
EOD
set terminal svg size 900,390 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'local\_rules\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
set terminal pngcairo size 900,390 font 'Helvetica,10'
set output 'errors.png'
set title 'local\_rules\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
set terminal pdfcairo size 7in,2in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'local\_rules\_mnist: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [9.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [1:100]
set xtics ('1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab (mean; bars: +/- std over seeds)'
unset output
